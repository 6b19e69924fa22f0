package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.AsTrainingManager;
import fr.inserre.kiosk.testing.AsWorkManager;
import fr.inserre.kiosk.testing.Concurrently;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
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
 * The request engine on the real EAR and a real MariaDB: idempotent submission (replayed and
 * concurrent), one decision out of two concurrent ones, training approval allocating or
 * waitlisting, role and establishment enforcement, refusals at submission, departure and escalation.
 * Each test works in an establishment of its own.
 */
@ExtendWith(ArquillianExtension.class)
class RequestEngineIT {


    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RequestEngineIT.class, Concurrently.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsTrainingManager trainingManager;

    @Inject
    AsWorkManager workManager;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsDemoDirection demoDirection;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    @Inject
    AdmissionService admissions;

    @Inject
    MyRequestsService myRequests;

    @Inject
    RequestDesk desk;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Establishment establishment;
    private Detainee julien;
    private Detainee amine;
    private Detainee sofia;
    private LocalDate monday;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002", "A-003");
        julien = register("A-001");
        amine = register("A-002");
        sofia = register("A-003");
        monday = LocalDate.now(ClockProducer.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
    }

    private Detainee register(String cell) throws Exception {
        return TestDetainees.register(system, detainees, establishment.getId(), cell,
                LocalDate.now(ClockProducer.ZONE).minusMonths(2), null);
    }

    private Activity activity(ActivityKind kind, String title, int capacity, LocalTime start) throws Exception {
        boolean work = kind == ActivityKind.WORK;
        Activity activity = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(kind,
                work ? WorkType.WORKSHOP : null, title, null, null, "Salle " + title, capacity, null,
                LocalDate.now(ClockProducer.ZONE), null, work, work ? PayClass.PRODUCTION : null, null, null, 1)));
        system.call(() -> activities.addSlot(activity.getId(), SlotRule.weekly(DayOfWeek.TUESDAY, start,
                start.plusHours(2))));
        return activity;
    }

    private Request ask(Detainee who, NewRequest wish) throws Exception {
        return AsDetainee.call(who.getId(), () -> myRequests.submit(wish));
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.getSingleResult();
    }

    @Test
    void replayedSubmission_withTheSameToken_returnsTheFirstRequest_andCreatesNoOther() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        String token = token();

        Request first = ask(julien, NewRequest.training(cooking.getId(), "Je veux apprendre un métier", token));
        Request replay = ask(julien, NewRequest.training(cooking.getId(), "Je veux apprendre un métier", token));

        assertEquals(first.getId(), replay.getId());
        assertEquals(1, count("select count(r) from Request r where r.detainee.id = :d", "d", julien.getId()));
        assertEquals(1, count("select count(n) from Notification n where n.detaineeId = :d and n.kind = :k",
                "d", julien.getId(), "k", NotificationKind.REQUEST_SUBMITTED));
        assertTrue(first.receipt().matches("\\d{4}-\\d{6}"), first.receipt());
    }

    @Test
    void doubleTap_twoConcurrentSubmissionsOfOneForm_createExactlyOneRequest() throws Exception {
        String token = token();
        SecurityIdentity identity = AsDetainee.identity(amine.getId());
        NewRequest wish = NewRequest.general(Team.GREFFE, "Quelle est ma date de fin de peine ?", token);

        List<Object> outcomes = Concurrently.together(2, () -> AsDetainee.call(identity, () -> myRequests.submit(wish).getId()));

        assertEquals(outcomes.get(0), outcomes.get(1), () -> "both taps answer with the same request: " + outcomes);
        assertEquals(1, count("select count(r) from Request r where r.detainee.id = :d", "d", amine.getId()));
    }

    @Test
    void twoStaffDecidingAtOnce_oneWins_theOtherIsToldItIsAlreadyDecided() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Request request = ask(julien, NewRequest.training(cooking.getId(), null, token()));
        long version = request.getVersion();

        List<Object> outcomes = Concurrently.together(2, () -> trainingManager.call(() -> desk.decide(request.getId(), version,
                Decision.reject(RefusalReason.PREREQUISITES_NOT_MET, null)).getStatus()));

        assertEquals(1, outcomes.stream().filter(o -> o == RequestStatus.REJECTED).count(), outcomes::toString);
        assertEquals(1, outcomes.stream().filter(o -> o instanceof AlreadyDecidedException
                || o instanceof fr.inserre.kiosk.common.ChangedMeanwhileException).count(), outcomes::toString);
        assertEquals(1, count("select count(e) from RequestEvent e where e.request.id = :r and e.kind = :k",
                "r", request.getId(), "k", RequestEventKind.REJECTED));
    }

    @Test
    void trainingApproval_allocatesWhileThereIsRoom_thenWaitlistsInOrder_andPlacesTheFirstWhenAPlaceFrees()
            throws Exception {
        Activity welding = activity(ActivityKind.VOCATIONAL_TRAINING, "Soudure", 1, LocalTime.of(14, 0));
        Request first = ask(julien, NewRequest.training(welding.getId(), null, token()));
        Request second = ask(amine, NewRequest.training(welding.getId(), null, token()));
        Request third = ask(sofia, NewRequest.training(welding.getId(), null, token()));

        Request placed = trainingManager.call(() -> desk.decide(first.getId(), first.getVersion(),
                Decision.allocateFrom(monday, null, "Bienvenue")));
        Request waiting = trainingManager.call(() -> desk.decide(second.getId(), second.getVersion(),
                Decision.allocateFrom(monday, null, null)));
        trainingManager.call(() -> desk.decide(third.getId(), third.getVersion(), Decision.waitlist()));

        assertEquals(RequestStatus.APPROVED, placed.getStatus());
        assertNotNull(placed.getAllocationId());
        assertEquals(RequestStatus.WAITLISTED, waiting.getStatus(), "no room: the approval waitlists");
        assertEquals(Integer.valueOf(1), AsDetainee.call(amine.getId(), () -> myRequests.detail(second.getId()))
                .waitlistPosition());
        assertEquals(Integer.valueOf(2), AsDetainee.call(sofia.getId(), () -> myRequests.mine()).get(0)
                .waitlistPosition());
        assertEquals(List.of(second.getId(), third.getId()), trainingManager.call(() -> desk.waitlist(welding.getId()))
                .stream().map(Request::getId).toList());
        assertThrows(fr.inserre.kiosk.schedule.ActivityFullException.class, () -> trainingManager.call(
                () -> desk.decide(second.getId(), waiting.getVersion(), Decision.allocateFrom(monday, null, null))));

        Allocation julienOnIt = em.find(Allocation.class, placed.getAllocationId());
        trainingManager.call(() -> allocations.end(julienOnIt.getId(), julienOnIt.getVersion(), monday,
                AllocationEndReason.WITHDRAWN, null));
        Request nowPlaced = trainingManager.call(() -> desk.decide(second.getId(), waiting.getVersion(),
                Decision.allocateFrom(monday.plusDays(1), null, null)));

        assertEquals(RequestStatus.APPROVED, nowPlaced.getStatus());
        assertEquals(Integer.valueOf(1), AsDetainee.call(sofia.getId(), () -> myRequests.mine()).get(0)
                .waitlistPosition(), "the next one moves up");
    }

    @Test
    void approvedAppointment_isBookedInTheSchedule_atTheTimeDecided() throws Exception {
        HalfDay tuesdayMorning = new HalfDay(monday.plusDays(1), HalfDay.Half.MORNING);
        Request request = ask(julien, NewRequest.appointment(Team.SPIP, List.of(tuesdayMorning), "Pour ma sortie",
                token()));

        Request decided = system.call(() -> desk.decide(request.getId(), request.getVersion(),
                Decision.appointment(monday.plusDays(1), LocalTime.of(10, 0), LocalTime.of(10, 30), null)));

        Appointment booked = em.find(Appointment.class, decided.getAppointmentId());
        assertEquals(julien.getId(), booked.getDetainee().getId());
        assertEquals(fr.inserre.kiosk.schedule.AppointmentKind.PROBATION, booked.getKind());
    }

    @Test
    void staffOutsideTheTeamOrTheEstablishment_cannotActOnTheRequest() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Request request = ask(julien, NewRequest.training(cooking.getId(), null, token()));

        assertThrows(NotYourTeamException.class, () -> supervisor.call(() -> desk.decide(request.getId(),
                request.getVersion(), Decision.waitlist())));
        assertThrows(NotYourTeamException.class, () -> workManager.call(() -> desk.acknowledge(request.getId(),
                request.getVersion())));
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> desk.acknowledge(request.getId(),
                request.getVersion())), "the direction of another establishment");
        assertTrue(workManager.call(() -> desk.search(new RequestFilter(null, null, null, false, false, null,
                request.receipt(), null), new fr.inserre.kiosk.common.PageRequest(0, 10, null, true))).isEmpty(),
                "not in the work manager's queue");
        assertEquals(1, trainingManager.call(() -> desk.count(new RequestFilter(null, null, null, false, false, null,
                request.receipt(), null))));
        assertThrows(EJBAccessException.class, () -> myRequests.mine(), "staff have no kiosk requests");
    }

    @Test
    void detaineeSeesOnlyTheirOwnRequests() throws Exception {
        Request mine = ask(julien, NewRequest.general(Team.ACCOUNTS, "Mon solde ?", token()));

        assertThrows(UnknownRequestException.class, () -> AsDetainee.call(amine.getId(),
                () -> myRequests.detail(mine.getId())));
        assertThrows(UnknownRequestException.class, () -> AsDetainee.call(amine.getId(),
                () -> myRequests.cancel(mine.getId())));
        assertTrue(AsDetainee.call(amine.getId(), () -> myRequests.mine()).isEmpty());
    }

    @Test
    void submission_refusesDuplicatesEmptyTextFinishedActivitiesAndReleasedDetainees() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Activity workshop = activity(ActivityKind.WORK, "Conditionnement", 8, LocalTime.of(8, 0));
        Request first = ask(julien, NewRequest.training(cooking.getId(), null, token()));

        DuplicateRequestException duplicate = assertThrows(DuplicateRequestException.class,
                () -> ask(julien, NewRequest.training(cooking.getId(), "encore", token())));
        assertEquals(first.receipt(), duplicate.getArguments().get(0));
        assertThrows(TextRequiredException.class, () -> ask(julien, NewRequest.general(Team.SPIP, "   ", token())));
        assertThrows(NotATrainingException.class, () -> ask(julien, NewRequest.training(workshop.getId(), null,
                token())));
        assertThrows(TextTooLongException.class, () -> ask(julien, NewRequest.general(Team.SPIP,
                "x".repeat(Request.TEXT_MAX + 1), token())));
        sql("update activity set start_date = ?, end_date = ? where id = ?",
                LocalDate.now(ClockProducer.ZONE).minusDays(30), LocalDate.now(ClockProducer.ZONE).minusDays(1),
                workshop.getId());
        assertThrows(ActivityNotOpenException.class, () -> ask(amine, NewRequest.job(workshop.getId(), null, token())));
        assertEquals(1, count("select count(r) from Request r where r.detainee.id in :d", "d",
                List.of(julien.getId(), amine.getId())), "nothing but the first request was written");
    }

    @Test
    void departure_cancelsEveryRequestInProgress_andTellsTheDetainee() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Request training = ask(sofia, NewRequest.training(cooking.getId(), null, token()));
        Request general = ask(sofia, NewRequest.general(Team.GREFFE, "Mes papiers", token()));
        Request answered = ask(sofia, NewRequest.general(Team.ACCOUNTS, "Mon solde", token()));
        system.call(() -> desk.decide(answered.getId(), answered.getVersion(), Decision.answer("42 euros")));

        system.call(() -> admissions.release(sofia.getId(), LocalDate.now(ClockProducer.ZONE), ReleaseReason.RELEASED));

        for (Request request : List.of(training, general)) {
            assertEquals(RequestStatus.CANCELLED, em.find(Request.class, request.getId()).getStatus());
        }
        assertEquals(RequestStatus.ANSWERED, em.find(Request.class, answered.getId()).getStatus());
        assertEquals(2, count("select count(n) from Notification n where n.detaineeId = :d and n.kind = :k",
                "d", sofia.getId(), "k", NotificationKind.REQUEST_CANCELLED));
        assertThrows(DetaineeReleasedException.class, () -> ask(sofia, NewRequest.general(Team.GREFFE, "Encore",
                token())));
    }

    @Test
    void overdueRequest_isEscalatedOnce_flaggedInTheQueueCounts_andTheDetaineeIsTold() throws Exception {
        Request late = ask(amine, NewRequest.general(Team.DETENTION, "Changer de cellule", token()));
        sql("update detainee_request set due_date = ? where id = ?", LocalDate.now(ClockProducer.ZONE).minusDays(1),
                late.getId());

        QueueCounts counts = supervisor.call(() -> desk.counts(Team.DETENTION));
        // Other tests' overdue requests share the database: escalate in batches until none is left, as the job does.
        int escalated = 0;
        for (int batch = system.call(() -> desk.escalateOverdue()); batch > 0 && escalated < 100_000;
                batch = system.call(() -> desk.escalateOverdue())) {
            escalated += batch;
        }
        int again = system.call(() -> desk.escalateOverdue());

        assertTrue(counts.overdue() >= 1);
        assertTrue(escalated >= 1);
        assertEquals(0, again);
        assertNotNull(em.find(Request.class, late.getId()).getEscalatedAt());
        assertEquals(1, count("select count(n) from Notification n where n.detaineeId = :d and n.kind = :k",
                "d", amine.getId(), "k", NotificationKind.REQUEST_ESCALATED));
    }

    @Test
    void myRequests_costTwoStatements_andADetailThree_whateverTheirNumber() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        ask(julien, NewRequest.training(cooking.getId(), null, token()));
        for (int i = 0; i < 12; i++) {
            ask(julien, NewRequest.general(Team.GREFFE, "Question " + i, token()));
        }
        Request last = ask(julien, NewRequest.general(Team.SPIP, "Dernière", token()));
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        List<MyRequest> mine = AsDetainee.call(julien.getId(), () -> myRequests.mine());
        long listStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        AsDetainee.call(julien.getId(), () -> myRequests.detail(last.getId()));
        long detailStatements = statistics.getPrepareStatementCount();

        assertEquals(14, mine.size());
        assertTrue(listStatements <= 2, () -> listStatements + " statements for the list");
        assertTrue(detailStatements <= 3, () -> detailStatements + " statements for a detail");
    }
}
