package fr.inserre.kiosk.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsDirection;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Attestations on the real EAR and MariaDB: issued by a work manager with the validated hours per
 * activity (pending ones left out) and the trainings completed, stored with a digest and audited;
 * verified by code (typed loosely); a wrong code and another establishment's code refused alike and
 * audited; another establishment's detainee refused; issued at release in the release's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AttestationIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AttestationIT.class, AsStaff.class, AsDirection.class);
    }

    @Inject
    AttestationService attestations;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    ActivityService activities;

    @Inject
    AdmissionService admission;

    @Inject
    AuditTrail audit;

    @Inject
    AsSystem system;

    @Inject
    AsDirection direction;

    @Inject
    MyRequestsService myRequests;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Detainee julien;
    private Activity workshop;
    private Activity training;
    private SecurityIdentity manager;
    private String managerLogin;
    private SecurityIdentity supervisor;
    private LocalDate monday;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 50, "A-001");
        String suffix = SEQUENCE.incrementAndGet() + establishment.getCode().toLowerCase();
        String number = "AT" + suffix.substring(0, Math.min(10, suffix.length()));
        julien = system.call(() -> detainees.register(establishment.getId(), new NewDetainee(number, "Julien",
                "Martin", "A-001", "fr", false, LocalDate.now(ClockProducer.ZONE).minusMonths(3), null)));
        system.call(() -> staff.create(establishment.getId(), "rt" + suffix, "Claire", "Roussel",
                EnumSet.of(StaffRole.WORK_MANAGER)));
        system.call(() -> staff.create(establishment.getId(), "sv" + suffix, "Paul", "Durand",
                EnumSet.of(StaffRole.SUPERVISOR)));
        managerLogin = "rt" + suffix;
        manager = AsStaff.identity(managerLogin, Roles.WORK_MANAGER);
        supervisor = AsStaff.identity("sv" + suffix, Roles.SUPERVISOR);
        LocalDate start = LocalDate.now(ClockProducer.ZONE).minusDays(60);
        workshop = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(ActivityKind.WORK,
                WorkType.WORKSHOP, "Atelier menuiserie", null, null, "Atelier 1", 10, null, start, null, true,
                PayClass.PRODUCTION, null, null, 1)));
        training = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(
                ActivityKind.VOCATIONAL_TRAINING, null, "SST secourisme", null, null, "Salle 2", 10, null, start, null,
                false, null, null, null, 1)));
        monday = LocalDate.now(ClockProducer.ZONE).minusWeeks(4).with(DayOfWeek.MONDAY);
        // Week 1: Monday 210 + Tuesday 200 min, validated; week 2: Monday 180 min, pending.
        presence(monday, 210);
        presence(monday.plusDays(1), 200);
        presence(monday.plusWeeks(1), 180);
        sql("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) values "
                + "(0, ?1, ?2, ?3, ?4, 'VALIDATED', 410, utc_timestamp(6), 'test', utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", establishment.getId(), julien.getId(), workshop.getId(), monday);
        sql("insert into allocation (version, detainee_id, activity_id, from_date, until_date, status, end_reason, "
                + "created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, ?3, ?4, 'ENDED', 'COMPLETED', "
                + "utc_timestamp(6), 'test', utc_timestamp(6), 'test')", julien.getId(), training.getId(),
                monday.minusDays(10), monday.plusDays(3));
    }

    private void presence(LocalDate day, int minutes) throws Exception {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(8, 0), ClockProducer.ZONE);
        transaction.begin();
        em.joinTransaction();
        Instant end = start.plusMinutes(minutes).toInstant();
        long session = TestRows.session(em, workshop.getId(), start.toInstant(), end, "Atelier 1");
        TestRows.presence(em, session, workshop.getId(), julien.getId(), start.toInstant(), end);
        transaction.commit();
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        em.joinTransaction();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    private long refusals(String action) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = :action and a.outcome = :refused",
                Long.class).setParameter("action", action).setParameter("refused", AuditOutcome.REFUSED).getSingleResult();
    }

    @Test
    void issue_attestsValidatedHoursAndTrainingsCompleted_namesTheIssuer_andIsAudited() throws Exception {
        LocalDate to = monday.plusWeeks(2);
        HoursAttestation issued = AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday.minusDays(14), to));

        assertEquals(410, issued.getWorkMinutes(), "the pending 180 minutes are not attested");
        assertEquals(0, issued.getTrainingMinutes());
        assertEquals("Claire ROUSSEL", issued.getIssuerName());
        assertEquals("WORK_MANAGER", issued.getIssuerRoles());
        assertEquals("Julien MARTIN", issued.getDetaineeName());
        List<AttestationLine> lines = em.createQuery("select a from HoursAttestation a join fetch a.lines where a.id = :id",
                HoursAttestation.class).setParameter("id", issued.getId()).getSingleResult().getLines();
        assertEquals(2, lines.size());
        assertEquals(monday, lines.get(0).getFirstDay());
        assertEquals(monday.plusDays(1), lines.get(0).getLastDay());
        assertEquals("SST secourisme", lines.get(1).getTitle());
        assertEquals(AttestationLine.Type.TRAINING, lines.get(1).getType());
        assertTrue(issued.getCode().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), issued.getCode());
        List<AuditRecord> trail = system.call(() -> audit.forEntity("HoursAttestation", issued.getId()));
        assertEquals(List.of("attestation.issue"), trail.stream().map(AuditRecord::getAction).toList());
        assertEquals(managerLogin, trail.get(0).getActor());

        // What the PDF says is read back by AttestationTest and HoursDocumentsBrowserIT (PDFBox is not deployed).
        byte[] pdf = AsStaff.call(manager, () -> attestations.pdf(issued.getId(), Locale.FRENCH));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(List.of("attestation.issue", "attestation.print"), system.call(() -> audit.forEntity(
                "HoursAttestation", issued.getId())).stream().map(AuditRecord::getAction).sorted().toList());
        assertEquals(List.of(issued.getId()), AsStaff.call(supervisor, () -> attestations.ofDetainee(julien.getId()))
                .stream().map(HoursAttestation::getId).toList());
    }

    @Test
    void issuingTheAttestation_answersThePersonsRequestForIt_withItsCode_andTellsThem() throws Exception {
        Request asked = AsDetainee.call(julien.getId(), () -> myRequests.submit(
                NewRequest.hoursAttestation(UUID.randomUUID().toString())));

        HoursAttestation issued = AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday,
                monday.plusWeeks(2)));

        Request answered = em.find(Request.class, asked.getId());
        assertEquals(RequestStatus.ANSWERED, answered.getStatus());
        assertEquals(managerLogin, answered.getDecidedBy());
        assertTrue(answered.getReasonText().contains(issued.getCode()), answered.getReasonText());
        assertEquals(1L, em.createQuery("select count(n) from Notification n where n.detaineeId = :d and n.kind = :k",
                Long.class).setParameter("d", julien.getId()).setParameter("k", NotificationKind.REQUEST_ANSWERED)
                .getSingleResult());
        // A second attestation finds nothing left to answer.
        AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday, monday.plusDays(1)));
        assertEquals(answered.getDecidedAt(), em.find(Request.class, asked.getId()).getDecidedAt());
    }

    @Test
    void verify_findsTheAttestationByItsCodeTypedLoosely_andAWrongCodeIsRefusedAndAudited() throws Exception {
        HoursAttestation issued = AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday, monday.plusDays(6)));
        String typed = " " + issued.getCode().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";

        HoursAttestation found = AsStaff.call(supervisor, () -> attestations.verify(typed));

        assertEquals(issued.getId(), found.getId());
        assertTrue(found.isIntact());
        assertEquals(410, found.totalMinutes());
        assertEquals(1L, em.createQuery("select count(a) from AuditRecord a where a.action = 'attestation.verify' "
                + "and a.entityId = :id and a.outcome = :ok", Long.class).setParameter("id", issued.getId())
                .setParameter("ok", AuditOutcome.SUCCESS).getSingleResult());

        long before = refusals("attestation.verify");
        String wrong = issued.getCode().startsWith("Z") ? "Y" + issued.getCode().substring(1) : "Z" + issued.getCode().substring(1);
        assertThrows(UnknownAttestationCodeException.class, () -> AsStaff.call(supervisor, () -> attestations.verify(wrong)));
        assertThrows(UnknownAttestationCodeException.class, () -> AsStaff.call(supervisor, () -> attestations.verify("abc")));
        assertEquals(before + 2, refusals("attestation.verify"));
    }

    @Test
    void anotherEstablishment_cannotVerifyPrintOrIssue() throws Exception {
        HoursAttestation issued = AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday, monday.plusDays(6)));
        Establishment other = TestEstablishments.create(system, establishments, 10, "A-001");
        String login = "ot" + SEQUENCE.incrementAndGet() + other.getCode().toLowerCase();
        system.call(() -> staff.create(other.getId(), login, "Eve", "Autre", EnumSet.of(StaffRole.DIRECTION)));
        SecurityIdentity stranger = AsStaff.identity(login, Roles.DIRECTION);

        assertThrows(UnknownAttestationCodeException.class,
                () -> AsStaff.call(stranger, () -> attestations.verify(issued.getCode())));
        assertThrows(UnknownAttestationException.class,
                () -> AsStaff.call(stranger, () -> attestations.pdf(issued.getId(), Locale.FRENCH)));
        assertThrows(EJBAccessException.class,
                () -> AsStaff.call(stranger, () -> attestations.issue(julien.getId(), monday, monday.plusDays(6))));
        assertThrows(EJBAccessException.class,
                () -> AsStaff.call(supervisor, () -> attestations.issue(julien.getId(), monday, monday.plusDays(6))),
                "supervisors verify, they do not issue");
    }

    @Test
    void aPeriodEndingInTheFuture_orBeforeItStarts_isRefusedAndAudited() throws Exception {
        long before = refusals("attestation.issue");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertThrows(InvalidAttestationPeriodException.class,
                () -> AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday, today.plusDays(1))));
        assertThrows(InvalidAttestationPeriodException.class,
                () -> AsStaff.call(manager, () -> attestations.issue(julien.getId(), monday, monday.minusDays(1))));
        assertEquals(before + 2, refusals("attestation.issue"));
    }

    @Test
    void release_issuesTheAttestationOfTheWholeStay_inTheSameTransaction() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        direction.call(() -> admission.release(julien.getId(), today, ReleaseReason.RELEASED));

        List<HoursAttestation> issued = system.call(() -> attestations.ofDetainee(julien.getId()));
        assertEquals(1, issued.size());
        assertTrue(issued.get(0).isAtRelease());
        assertEquals(julien.getEntryDate(), issued.get(0).getPeriodFrom());
        assertEquals(today, issued.get(0).getPeriodTo());
        assertEquals(410, issued.get(0).getWorkMinutes());
    }
}
