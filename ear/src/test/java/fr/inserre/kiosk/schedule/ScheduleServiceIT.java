package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.notification.Notification;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.AsTrainingManager;
import fr.inserre.kiosk.testing.AsWorkManager;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schedules on the real EAR and a real MariaDB: planning, allocation rules (conflicts, overrides,
 * capacity, roles), cancellations and their notifications, and the cost of a detainee's week. Each
 * test works in an establishment of its own, with activities from the Monday after next.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleServiceIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime HALF_ELEVEN = LocalTime.of(11, 30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ScheduleServiceIT.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsWorkManager workManager;

    @Inject
    AsTrainingManager trainingManager;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsDemoDirection direction;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    @Inject
    SessionService sessions;

    @Inject
    AppointmentService appointments;

    @Inject
    HolidayService holidays;

    @Inject
    AuditTrail audit;

    @Inject
    fr.inserre.kiosk.admission.AdmissionService admissions;

    @PersistenceContext
    EntityManager em;

    private String lastStatements = "";
    private Establishment establishment;
    private Detainee julien;
    private Detainee amine;
    private LocalDate monday;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002");
        julien = register("A-001");
        amine = register("A-002");
        monday = LocalDate.now(ClockProducer.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    }

    private Detainee register(String cell) throws Exception {
        String number = "S" + SEQUENCE.incrementAndGet();
        return system.call(() -> detainees.register(establishment.getId(), new NewDetainee(number, "Prénom" + number,
                "Nom" + number, cell, "fr", false, LocalDate.now(ClockProducer.ZONE).minusMonths(2), null)));
    }

    private Activity activity(ActivityKind kind, String title, int capacity, EnumSet<DayOfWeek> days, LocalTime start,
            LocalTime end) throws Exception {
        return activity(kind, title, capacity, days, start, end, LocalDate.now(ClockProducer.ZONE));
    }

    private Activity activity(ActivityKind kind, String title, int capacity, EnumSet<DayOfWeek> days, LocalTime start,
            LocalTime end, LocalDate startDate) throws Exception {
        WorkType type = kind == ActivityKind.WORK ? WorkType.WORKSHOP : null;
        PayClass pay = kind == ActivityKind.WORK ? PayClass.PRODUCTION : null;
        Activity activity = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(kind, type,
                title, null, null, "Salle " + title, capacity, null, startDate, null,
                kind == ActivityKind.WORK, pay, null, null, 1)));
        for (DayOfWeek day : days) {
            system.call(() -> activities.addSlot(activity.getId(), SlotRule.weekly(day, start, end)));
        }
        return activity;
    }

    private Activity workshopMornings(String title, int capacity) throws Exception {
        return activity(ActivityKind.WORK, title, capacity, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EIGHT,
                HALF_ELEVEN);
    }

    @Test
    void newActivity_isPlannedFromTodayToTheHorizon_andNeverInThePast() throws Exception {
        Activity workshop = workshopMornings("Menuiserie", 10);

        List<ActivitySession> planned = system.call(() -> sessions.ofActivity(workshop.getId(),
                LocalDate.now(ClockProducer.ZONE).minusDays(30), LocalDate.now(ClockProducer.ZONE).plusDays(100)));

        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertTrue(planned.size() >= 44 && planned.size() <= 46, () -> planned.size() + " sessions");
        assertTrue(planned.stream().noneMatch(s -> s.getDate().isBefore(today)));
        assertTrue(planned.stream().noneMatch(s -> s.getDate().isAfter(today.plusDays(SessionPlanner.HORIZON_DAYS))));
        system.call(() -> activities.extendPlanning());
        assertEquals(planned.size(), system.call(() -> sessions.ofActivity(workshop.getId(), today.minusDays(30),
                today.plusDays(100))).size(), "planning again creates nothing twice");
    }

    @Test
    void allocation_overlappingAnotherActivity_isRefused_namingTheActivityAndTime() throws Exception {
        Activity workshop = workshopMornings("Conditionnement", 10);
        Activity course = activity(ActivityKind.WORK, "Inventaire", 10, EnumSet.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(11, 0), LocalTime.of(12, 0));
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));

        ActivityConflictException refused = assertThrows(ActivityConflictException.class,
                () -> workManager.call(() -> allocations.allocate(course.getId(), julien.getId(), monday, null, null)));

        assertEquals("Conditionnement", refused.getArguments().get(0));
        assertEquals(DayOfWeek.WEDNESDAY, ((LocalDate) refused.getArguments().get(1)).getDayOfWeek());
        assertEquals(EIGHT, refused.getArguments().get(2));
        assertTrue(system.call(() -> allocations.ofDetainee(julien.getId())).stream()
                .noneMatch(a -> a.getActivity().getId().equals(course.getId())));
    }

    @Test
    void managerOverride_allocatesDespiteTheConflict_andIsAuditedWithTheReason() throws Exception {
        Activity workshop = workshopMornings("Numérique", 10);
        Activity course = activity(ActivityKind.WORK, "Réunion qualité", 10, EnumSet.of(DayOfWeek.THURSDAY),
                LocalTime.of(10, 0), LocalTime.of(11, 0));
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));

        Allocation allocation = workManager.call(() -> allocations.allocate(course.getId(), julien.getId(), monday, null,
                "Référent qualité de l'atelier"));

        assertEquals("Référent qualité de l'atelier", allocation.getOverrideReason());
        List<AuditRecord> trail = system.call(() -> audit.forEntity("Allocation", allocation.getId()));
        AuditRecord override = trail.stream().filter(r -> r.getAction().equals("schedule.allocation.override"))
                .findFirst().orElseThrow();
        assertTrue(override.getDetail().contains("Numérique") && override.getDetail().contains("Référent qualité"),
                override::getDetail);
    }

    @Test
    void allocation_withoutConflict_storesNoOverrideReason() throws Exception {
        Activity workshop = workshopMornings("Reliure", 10);

        Allocation allocation = workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday,
                null, "inutile"));

        assertNull(allocation.getOverrideReason());
    }

    @Test
    void allocationBeyondCapacity_isRefused() throws Exception {
        Activity workshop = workshopMornings("Petit atelier", 1);
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));

        assertThrows(ActivityFullException.class,
                () -> workManager.call(() -> allocations.allocate(workshop.getId(), amine.getId(), monday, null, null)));
    }

    @Test
    void placeFreedByAnEndedAllocation_canBeTakenAfterItsLastDay() throws Exception {
        Activity workshop = workshopMornings("Atelier une place", 1);
        Allocation first = workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null,
                null));
        workManager.call(() -> allocations.end(first.getId(), first.getVersion(), monday.plusDays(4),
                AllocationEndReason.COMPLETED, null));

        Allocation next = workManager.call(() -> allocations.allocate(workshop.getId(), amine.getId(),
                monday.plusWeeks(1), null, null));

        assertEquals(AllocationStatus.ACTIVE, next.getStatus());
    }

    @Test
    void supervisor_cannotAllocate_andTrainingManager_cannotAllocateToWork() throws Exception {
        Activity workshop = workshopMornings("Cartonnage", 10);

        assertThrows(EJBAccessException.class,
                () -> supervisor.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null)));
        assertThrows(NotYourActivityKindException.class, () -> trainingManager.call(
                () -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null)));
    }

    @Test
    void staffOfAnotherEstablishment_cannotReadOrAllocate() throws Exception {
        Activity workshop = workshopMornings("Atelier privé", 10);

        assertThrows(EJBAccessException.class, () -> direction.call(() -> activities.get(workshop.getId())));
        assertThrows(EJBAccessException.class,
                () -> direction.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null)));
        assertThrows(EJBAccessException.class, () -> direction.call(() -> sessions.planningOf(julien.getId(), monday)));
    }

    @Test
    void cancellingASession_notifiesTheDetaineesExpected_withTheReason_andNobodyElse() throws Exception {
        Activity workshop = workshopMornings("Menuiserie B", 10);
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));
        ActivitySession first = system.call(() -> sessions.ofActivity(workshop.getId(), monday, monday)).get(0);

        workManager.call(() -> sessions.cancel(first.getId(), first.getVersion(), "Formateur absent"));

        List<Notification> julienHears = notifications(julien, NotificationKind.SESSION_CANCELLED);
        assertEquals(1, julienHears.size());
        assertEquals("Menuiserie B", julienHears.get(0).getSubject());
        assertEquals("Formateur absent", julienHears.get(0).getDetail());
        assertEquals(first.getStartAt(), julienHears.get(0).getEventAt());
        assertTrue(notifications(amine, NotificationKind.SESSION_CANCELLED).isEmpty());
        ScheduleItem shown = system.call(() -> sessions.planningOf(julien.getId(), monday)).get(0);
        assertTrue(shown.isCancelled(), "a cancelled session stays in the planning, shown as cancelled");
        assertEquals("Formateur absent", shown.reason());
    }

    @Test
    void cancellingWithAStaleVersion_isRefused() throws Exception {
        Activity workshop = workshopMornings("Menuiserie C", 10);
        ActivitySession first = system.call(() -> sessions.ofActivity(workshop.getId(), monday, monday)).get(0);
        workManager.call(() -> sessions.move(first.getId(), first.getVersion(), monday, LocalTime.of(13, 0),
                LocalTime.of(16, 0), null, "Livraison le matin"));

        assertThrows(fr.inserre.kiosk.common.ChangedMeanwhileException.class,
                () -> workManager.call(() -> sessions.cancel(first.getId(), first.getVersion(), "Autre raison")));
    }

    @Test
    void declaringAHoliday_cancelsThatDaysSessions_andTellsTheDetainees() throws Exception {
        Activity workshop = workshopMornings("Menuiserie D", 10);
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));

        system.call(() -> holidays.declare(establishment.getId(), monday.plusDays(2), "Fête locale"));

        ActivitySession wednesday = system.call(() -> sessions.ofActivity(workshop.getId(), monday.plusDays(2),
                monday.plusDays(2))).get(0);
        assertTrue(wednesday.isCancelled());
        assertEquals("Fête locale", wednesday.getReason());
        assertEquals(1, notifications(julien, NotificationKind.SESSION_CANCELLED).size());
        assertThrows(HolidayExistsException.class,
                () -> system.call(() -> holidays.declare(establishment.getId(), monday.plusDays(2), "Encore")));
    }

    @Test
    void appointmentOverAWorkSession_isRefused_unlessTheCpipGivesAReason() throws Exception {
        Activity workshop = workshopMornings("Menuiserie E", 10);
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));

        assertThrows(ActivityConflictException.class, () -> supervisor.call(() -> appointments.book(julien.getId(),
                AppointmentKind.VISIT, monday, LocalTime.of(9, 0), LocalTime.of(10, 0), "Parloir", null, null)));
        assertThrows(OverrideNotAllowedException.class, () -> supervisor.call(() -> appointments.book(julien.getId(),
                AppointmentKind.VISIT, monday, LocalTime.of(9, 0), LocalTime.of(10, 0), "Parloir", null, "urgent")));
        Appointment booked = system.call(() -> appointments.book(julien.getId(), AppointmentKind.PROBATION, monday,
                LocalTime.of(9, 0), LocalTime.of(10, 0), "SPIP", "CPIP", "Audience préparée avec le juge"));

        assertEquals("Audience préparée avec le juge", booked.getOverrideReason());
        assertEquals(1, notifications(julien, NotificationKind.APPOINTMENT_BOOKED).size());
    }

    @Test
    void medicalAppointment_isStoredWithItsTimeOnly() throws Exception {
        Appointment booked = supervisor.call(() -> appointments.book(julien.getId(), AppointmentKind.MEDICAL, monday,
                LocalTime.of(14, 0), LocalTime.of(14, 30), "Unité sanitaire", "Dr X, psychiatrie", null));

        Object[] row = (Object[]) em.createNativeQuery("select place, with_whom from appointment where id = ?")
                .setParameter(1, booked.getId()).getSingleResult();
        assertNull(row[0]);
        assertNull(row[1]);
    }

    @Test
    void detaineesWeek_costsTheSameFewStatements_whateverTheNumberOfActivities() throws Exception {
        Activity workshop = workshopMornings("Menuiserie F", 10);
        workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(), monday, null, null));
        long small = statementsForWeek(julien);
        for (int i = 0; i < 6; i++) {
            Activity evening = activity(ActivityKind.SPORT_CULTURE, "Soirée " + i, 10, EnumSet.of(DayOfWeek.of(i + 1)),
                    LocalTime.of(17, 0), LocalTime.of(18, 0));
            workManager.call(() -> allocations.allocate(evening.getId(), julien.getId(), monday, null, null));
            workManager.call(() -> allocations.allocate(evening.getId(), amine.getId(), monday, null, null));
        }

        long large = statementsForWeek(julien);

        List<ScheduleItem> week = system.call(() -> sessions.planningOf(julien.getId(), monday));
        assertEquals(11, week.size(), "5 mornings and 6 evenings");
        assertEquals(small, large);
        assertTrue(large <= 3, () -> large + " statements: " + lastStatements);
    }

    @Test
    void release_endsAllocationsWithTheReason_andCancelsComingAppointments_inTheSameTransaction() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Activity workshop = activity(ActivityKind.WORK, "Menuiserie G", 10, EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), EIGHT, HALF_ELEVEN, today.minusWeeks(2));
        Allocation current = workManager.call(() -> allocations.allocate(workshop.getId(), julien.getId(),
                today.minusDays(3), null, null));
        Appointment coming = system.call(() -> appointments.book(julien.getId(), AppointmentKind.PROBATION, monday,
                LocalTime.of(16, 0), LocalTime.of(16, 30), "SPIP", null, null));

        system.call(() -> admissions.release(julien.getId(), today, fr.inserre.kiosk.detainee.ReleaseReason.TRANSFERRED));

        Allocation ended = em.find(Allocation.class, current.getId());
        assertEquals(AllocationStatus.ENDED, ended.getStatus());
        assertEquals(AllocationEndReason.TRANSFERRED, ended.getEndReason());
        assertEquals(today.minusDays(1), ended.getUntilDate());
        assertEquals(AppointmentState.CANCELLED, em.find(Appointment.class, coming.getId()).getState());
        ExpectedDay day = system.call(() -> sessions.expected(establishment.getId(), monday));
        assertTrue(day.sessions().stream().allMatch(s -> s.detainees().isEmpty()), "a transferred person is expected nowhere");
    }

    @Test
    void demoWeek_givesEveryDemoDetaineeWorkOrTraining() throws Exception {
        long withoutActivity = ((Number) em.createNativeQuery("select count(*) from detainee d join establishment e "
                + "on e.id = d.establishment_id where e.code = ? and d.status = 'PRESENT' and not exists (select 1 "
                + "from allocation a join activity t on t.id = a.activity_id where a.detainee_id = d.id "
                + "and a.status = 'ACTIVE' and t.kind <> 'SPORT_CULTURE')")
                .setParameter(1, DemoDataLoader.ESTABLISHMENT_CODE).getSingleResult()).longValue();
        long cancelled = ((Number) em.createNativeQuery("select count(*) from activity_session s join activity t "
                + "on t.id = s.activity_id join establishment e on e.id = t.establishment_id where e.code = ? "
                + "and s.state = 'CANCELLED'").setParameter(1, DemoDataLoader.ESTABLISHMENT_CODE).getSingleResult())
                .longValue();

        assertEquals(0, withoutActivity);
        assertTrue(cancelled >= 1);
    }

    @Test
    void demoDetaineesWeek_costsThreeStatements_withTheFullDemoData() throws Exception {
        long demoDetainee = ((Number) em.createNativeQuery("select detainee_id from detainee_credential "
                + "where badge_number = ?").setParameter(1, DemoDataLoader.badge(0)).getSingleResult()).longValue();
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        system.call(() -> sessions.planningOf(demoDetainee, today));
        statistics.clear();
        long start = System.nanoTime();

        List<ScheduleItem> week = system.call(() -> sessions.planningOf(demoDetainee, today));

        long micros = (System.nanoTime() - start) / 1000;
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("Demo detainee's week: %d items, %d statements, %d µs%n", week.size(), statements, micros);
        assertFalse(week.isEmpty());
        assertTrue(statements <= 3, () -> statements + " statements");
    }

    private long statementsForWeek(Detainee detainee) throws Exception {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        system.call(() -> sessions.planningOf(detainee.getId(), monday));
        lastStatements = "queries " + java.util.Arrays.toString(statistics.getQueries()) + ", entity loads "
                + statistics.getEntityLoadCount() + ", entity fetches " + statistics.getEntityFetchCount()
                + ", collection fetches " + statistics.getCollectionFetchCount() + ", flushes " + statistics.getFlushCount();
        return statistics.getPrepareStatementCount();
    }

    private List<Notification> notifications(Detainee detainee, NotificationKind kind) {
        return em.createQuery("select n from Notification n where n.detaineeId = :d and n.kind = :k", Notification.class)
                .setParameter("d", detainee.getId()).setParameter("k", kind).getResultList();
    }
}
