package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.Offer;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Language versions of an activity's description on the real EAR and MariaDB (issue 11): a manager of
 * the activity's kind in its establishment writes them, the kiosk shows a reader the version in their
 * language, else the easy-to-read French description, else the French one, marked as a fallback (on the
 * planning's detail and on the "Formations" offers); a stale edit is refused, every change and refusal
 * audited, and nobody else may write them. Each test works in an establishment of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityTranslationsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String EASY = "Apprendre à conduire un chariot.";
    private static final String FULL = "Formation au CACES R489 catégories 1A et 3, théorie et pratique.";
    private static final String ARABIC = "تعلّم قيادة رافعة شوكية.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ActivityTranslationsIT.class, AsStaff.class);
    }

    @Inject
    AsSystem system;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    @Inject
    SessionService sessions;

    @Inject
    MyScheduleService mySchedule;

    @Inject
    MyRequestsService myRequests;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private SecurityIdentity trainingManager;
    private Detainee reader;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 50, "A-001");
        trainingManager = staffMember(establishment, StaffRole.TRAINING_MANAGER);
        reader = TestDetainees.register(system, detainees, establishment.getId(), "A-001",
                LocalDate.now(ClockProducer.ZONE).minusMonths(1), null);
    }

    private SecurityIdentity staffMember(Establishment where, StaffRole role) throws Exception {
        String login = "tr" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
        system.call(() -> staff.create(where.getId(), login, "Inès", "Morel", EnumSet.of(role)));
        return AsStaff.identity(login, role.name());
    }

    /** A training of the test's establishment, every day from today, with these French descriptions. */
    private Activity training(String easy, String full) throws Exception {
        Activity created = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(
                ActivityKind.VOCATIONAL_TRAINING, null, "CACES " + SEQUENCE.incrementAndGet(), full, easy, "Salle 2",
                12, null, LocalDate.now(ClockProducer.ZONE), null, false, null, null, null, 1)));
        for (DayOfWeek day : DayOfWeek.values()) {
            system.call(() -> activities.addSlot(created.getId(), SlotRule.weekly(day, LocalTime.of(8, 0),
                    LocalTime.of(9, 0))));
        }
        return current(created);
    }

    private Activity current(Activity activity) throws Exception {
        return system.call(() -> activities.get(activity.getId()));
    }

    private <T> T asManager(Callable<T> work) throws Exception {
        return AsStaff.call(trainingManager, work);
    }

    /** The activity's first session, with the reader on the activity: the detail the kiosk shows. */
    private long sessionOfReader(Activity activity) throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        system.call(() -> allocations.allocate(activity.getId(), reader.getId(), today, null, null));
        return system.call(() -> sessions.ofActivity(activity.getId(), today, today.plusDays(7))).get(0).getId();
    }

    private ActivityDescription detail(long sessionId, KioskLanguage language) throws Exception {
        return AsDetainee.call(reader.getId(), () -> mySchedule.item(ScheduleItem.Type.SESSION, sessionId, language))
                .description();
    }

    private ActivityDescription offered(Activity activity, KioskLanguage language) throws Exception {
        List<Offer> offers = AsDetainee.call(reader.getId(), () -> myRequests.offers(true, language));
        return offers.stream().filter(o -> o.activityId() == activity.getId()).findFirst().orElseThrow().description();
    }

    @Test
    void reader_getsTheirLanguage_elseTheEasyFrench_markedAsAFallback() throws Exception {
        Activity course = training(EASY, FULL);
        long session = sessionOfReader(course);

        asManager(() -> activities.translate(course.getId(), course.getVersion(), KioskLanguage.AR, "  " + ARABIC + "\n"));

        ActivityDescription arabic = detail(session, KioskLanguage.AR);
        assertEquals(new ActivityDescription(ARABIC, KioskLanguage.AR, KioskLanguage.AR, false), arabic);
        assertFalse(arabic.fallback());
        ActivityDescription spanish = detail(session, KioskLanguage.ES);
        assertEquals(new ActivityDescription(EASY, KioskLanguage.FR, KioskLanguage.ES, true), spanish);
        assertTrue(spanish.fallback());
        ActivityDescription french = detail(session, KioskLanguage.FR);
        assertEquals(new ActivityDescription(EASY, KioskLanguage.FR, KioskLanguage.FR, true), french);
        assertFalse(french.fallback(), "French is no fallback for a French reader");

        assertEquals(arabic, offered(course, KioskLanguage.AR));
        assertEquals(spanish, offered(course, KioskLanguage.ES));
        assertEquals(french, offered(course, KioskLanguage.FR));
        assertEquals(ARABIC, em.createNativeQuery("select description from activity_translation where activity_id = ?1 "
                + "and language = 'ar'").setParameter(1, course.getId()).getSingleResult(), "stored stripped");
    }

    @Test
    void anotherLanguage_costsNoMoreStatements_thanFrench() throws Exception {
        Activity course = training(EASY, FULL);
        long session = sessionOfReader(course);
        asManager(() -> activities.translate(course.getId(), course.getVersion(), KioskLanguage.AR, ARABIC));
        training(EASY, null);

        long offersInFrench = statements(() -> offered(course, KioskLanguage.FR));
        long offersInArabic = statements(() -> offered(course, KioskLanguage.AR));
        long detailInFrench = statements(() -> detail(session, KioskLanguage.FR));
        long detailInArabic = statements(() -> detail(session, KioskLanguage.AR));

        assertEquals(offersInFrench, offersInArabic, "Formations: the versions come with the activities");
        assertEquals(detailInFrench, detailInArabic, "a session's detail: the versions come with its activity");
    }

    private long statements(Callable<?> work) throws Exception {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.call();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void withoutAnEasyVersion_theFallbackIsTheFrenchDescription_andWithoutAnyThereIsNone() throws Exception {
        Activity fullOnly = training(null, FULL);
        Activity bare = training(null, null);

        ActivityDescription shown = offered(fullOnly, KioskLanguage.RO);

        assertEquals(new ActivityDescription(FULL, KioskLanguage.FR, KioskLanguage.RO, false), shown);
        assertTrue(shown.fallback());
        assertNull(offered(bare, KioskLanguage.RO));
        assertNull(detail(sessionOfReader(bare), KioskLanguage.EN));
    }

    @Test
    void removingAVersion_bringsTheFallbackBack() throws Exception {
        Activity course = training(EASY, FULL);
        Activity translated = asManager(() -> activities.translate(course.getId(), course.getVersion(),
                KioskLanguage.EN, "Learn to drive a forklift."));
        assertEquals(List.of(KioskLanguage.EN), current(course).getTranslatedLanguages());

        asManager(() -> activities.removeTranslation(course.getId(), translated.getVersion(), KioskLanguage.EN));

        assertEquals(List.of(), current(course).getTranslatedLanguages());
        assertEquals(new ActivityDescription(EASY, KioskLanguage.FR, KioskLanguage.EN, true),
                offered(course, KioskLanguage.EN));
        List<AuditRecord> trail = system.call(() -> audit.forEntity("Activity", course.getId()));
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("schedule.activity.removeTranslation")
                && r.getOutcome() == AuditOutcome.SUCCESS && "en".equals(r.getDetail())), trail.toString());
    }

    @Test
    void aVersion_bumpsTheActivitysVersion_aStaleScreenIsRefused_andBothAreAudited() throws Exception {
        Activity course = training(EASY, FULL);

        Activity translated = asManager(() -> activities.translate(course.getId(), course.getVersion(),
                KioskLanguage.AR, ARABIC));

        assertTrue(translated.getVersion() > course.getVersion(), "a new version refuses screens that saw the old one");
        assertThrows(ChangedMeanwhileException.class, () -> asManager(() -> activities.translate(course.getId(),
                course.getVersion(), KioskLanguage.AR, "نص قديم")));
        assertEquals(ARABIC, current(course).translationIn(KioskLanguage.AR).orElseThrow(), "the stale text is not kept");
        List<AuditRecord> trail = system.call(() -> audit.forEntity("Activity", course.getId()));
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("schedule.activity.translate")
                && r.getOutcome() == AuditOutcome.SUCCESS && "ar".equals(r.getDetail())), trail.toString());
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("schedule.activity.translate")
                && r.getOutcome() == AuditOutcome.REFUSED && r.getDetail().contains("common.changedMeanwhile")),
                trail.toString());
    }

    @Test
    void french_anEmptyText_andATooLongOne_areRefused() throws Exception {
        Activity course = training(EASY, FULL);
        long version = course.getVersion();

        InvalidActivityException french = assertThrows(InvalidActivityException.class, () -> asManager(
                () -> activities.translate(course.getId(), version, KioskLanguage.FR, "Autre texte")));
        InvalidActivityException empty = assertThrows(InvalidActivityException.class, () -> asManager(
                () -> activities.translate(course.getId(), version, KioskLanguage.ES, "   ")));
        InvalidActivityException tooLong = assertThrows(InvalidActivityException.class, () -> asManager(
                () -> activities.translate(course.getId(), version, KioskLanguage.ES, "a".repeat(Activity.TRANSLATION_MAX + 1))));

        assertEquals(InvalidActivityException.Rule.TRANSLATION_NOT_FRENCH, french.rule());
        assertEquals(InvalidActivityException.Rule.TRANSLATION_REQUIRED, empty.rule());
        assertEquals(InvalidActivityException.Rule.TRANSLATION_TOO_LONG, tooLong.rule());
        assertEquals(List.of(), current(course).getTranslatedLanguages());
        assertEquals(version, current(course).getVersion());
    }

    @Test
    void onlyAManagerOfTheKind_inTheActivitysEstablishment_writesVersions() throws Exception {
        Activity course = training(EASY, FULL);
        long version = course.getVersion();
        SecurityIdentity workManager = staffMember(establishment, StaffRole.WORK_MANAGER);
        SecurityIdentity supervisor = staffMember(establishment, StaffRole.SUPERVISOR);
        Establishment elsewhere = TestEstablishments.create(system, establishments, 50, "B-001");
        SecurityIdentity otherTrainingManager = staffMember(elsewhere, StaffRole.TRAINING_MANAGER);

        assertThrows(NotYourActivityKindException.class, () -> AsStaff.call(workManager,
                () -> activities.translate(course.getId(), version, KioskLanguage.AR, ARABIC)));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(otherTrainingManager,
                () -> activities.translate(course.getId(), version, KioskLanguage.AR, ARABIC)));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(supervisor,
                () -> activities.translate(course.getId(), version, KioskLanguage.AR, ARABIC)));
        assertThrows(EJBAccessException.class, () -> AsDetainee.call(reader.getId(),
                () -> activities.removeTranslation(course.getId(), version, KioskLanguage.AR)));

        assertEquals(List.of(), current(course).getTranslatedLanguages());
        assertTrue(system.call(() -> audit.forEntity("Activity", course.getId())).stream().anyMatch(r ->
                r.getAction().equals("schedule.activity.translate") && r.getOutcome() == AuditOutcome.REFUSED
                        && r.getDetail().contains("schedule.activity.notYourKind")));
    }
}
