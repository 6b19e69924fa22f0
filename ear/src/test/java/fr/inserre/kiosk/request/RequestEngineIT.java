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
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
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
import fr.inserre.kiosk.testing.AsStaff;
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
import java.util.EnumSet;
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
        return Deployments.earWith(RequestEngineIT.class, Concurrently.class, AsStaff.class);
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

    @Inject
    StaffService staff;

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

    /** A staff account of the test's establishment, called by its login (the history names it "first last"). */
    private SecurityIdentity account(String first, String last, StaffRole role, String roleName) throws Exception {
        String login = (last + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        system.call(() -> staff.create(establishment.getId(), login, first, last, EnumSet.of(role)));
        return AsStaff.identity(login, roleName);
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
    void twoStaffDecidingAtOnce_oneWins_theOtherIsToldItIsAlreadyDecided_byWhom() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Request request = ask(julien, NewRequest.training(cooking.getId(), null, token()));
        long version = request.getVersion();
        SecurityIdentity claire = account("Claire", "Martin", StaffRole.TRAINING_MANAGER, Roles.TRAINING_MANAGER);
        SecurityIdentity paul = account("Paul", "Durand", StaffRole.TRAINING_MANAGER, Roles.TRAINING_MANAGER);
        Decision refusal = Decision.reject(RefusalReason.PREREQUISITES_NOT_MET, null);

        List<Object> outcomes = Concurrently.together(List.of(
                () -> AsStaff.call(claire, () -> desk.decide(request.getId(), version, refusal).getStatus()),
                () -> AsStaff.call(paul, () -> desk.decide(request.getId(), version, refusal).getStatus())));

        // The loser waits on the request's row lock, then reads it decided: "already decided by <the winner>"
        // comes before the version check, so it is never a bare "changed meanwhile".
        assertEquals(1, outcomes.stream().filter(o -> o == RequestStatus.REJECTED).count(), outcomes::toString);
        AlreadyDecidedException loser = (AlreadyDecidedException) outcomes.stream()
                .filter(AlreadyDecidedException.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no AlreadyDecidedException: " + outcomes));
        Request decided = em.find(Request.class, request.getId());
        String winner = decided.getDecidedByName();
        assertTrue(List.of("Claire Martin", "Paul Durand").contains(winner), winner);
        assertEquals(winner, loser.getArguments().get(0), "the loser is told who decided first");
        assertEquals(outcomes.get(0) == RequestStatus.REJECTED ? "Claire Martin" : "Paul Durand", winner);
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

    @Test
    void detaineeAnswer_marksTheRequestAnswerReceived_inTheQueue_untilStaffActAgain() throws Exception {
        Activity cooking = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 8, LocalTime.of(9, 0));
        Request request = ask(julien, NewRequest.training(cooking.getId(), null, token()));
        Request other = ask(amine, NewRequest.training(cooking.getId(), null, token()));
        SecurityIdentity manager = account("Claire", "Martin", StaffRole.TRAINING_MANAGER, Roles.TRAINING_MANAGER);
        RequestFilter answered = new RequestFilter(Team.TRAINING, null, null, true, false, null, null, null, true);
        Request asked = AsStaff.call(manager, () -> desk.ask(request.getId(), request.getVersion(),
                "Avez-vous déjà un diplôme ?"));
        AsStaff.call(manager, () -> desk.ask(other.getId(), other.getVersion(), "Quel niveau ?"));
        assertEquals(0, AsStaff.call(manager, () -> desk.counts(Team.TRAINING)).answerReceived(),
                "a question alone is nothing to read");

        AsDetainee.call(julien.getId(), () -> myRequests.answer(request.getId(), "Oui, un CAP de vente"));

        Request read = em.find(Request.class, request.getId());
        assertTrue(read.isAnswerReceived());
        assertTrue(!read.isAwaitingAnswer());
        QueueCounts counts = AsStaff.call(manager, () -> desk.counts(Team.TRAINING));
        assertEquals(1, counts.answerReceived(), counts::toString);
        assertEquals(1, counts.awaitingAnswer(), "the other request still waits for its answer");
        assertEquals(List.of(request.getId()), AsStaff.call(manager, () -> desk.search(answered,
                new fr.inserre.kiosk.common.PageRequest(0, 10, null, true))).stream().map(Request::getId).toList());
        assertEquals(1, AsStaff.call(manager, () -> desk.count(answered)));

        // A staff note (the answer has been read) clears it.
        AsStaff.call(manager, () -> desk.note(request.getId(), "Diplôme vérifié au dossier"));
        assertTrue(!em.find(Request.class, request.getId()).isAnswerReceived());
        assertEquals(0, AsStaff.call(manager, () -> desk.counts(Team.TRAINING)).answerReceived());
        assertEquals(0, AsStaff.call(manager, () -> desk.count(answered)));

        // Asked again and answered again, then decided: the decision clears it too.
        Request again = AsStaff.call(manager, () -> desk.ask(request.getId(),
                em.find(Request.class, request.getId()).getVersion(), "En quelle année ?"));
        assertTrue(!again.isAnswerReceived());
        AsDetainee.call(julien.getId(), () -> myRequests.answer(request.getId(), "2019"));
        assertEquals(1, AsStaff.call(manager, () -> desk.counts(Team.TRAINING)).answerReceived());
        Request decided = AsStaff.call(manager, () -> desk.decide(request.getId(),
                em.find(Request.class, request.getId()).getVersion(), Decision.reject(RefusalReason.PREREQUISITES_NOT_MET,
                        null)));
        assertTrue(!decided.isAnswerReceived());
        assertTrue(!em.find(Request.class, request.getId()).isAnswerReceived());
        assertEquals(0, AsStaff.call(manager, () -> desk.counts(Team.TRAINING)).answerReceived());
        assertNotNull(asked);
    }

    @Test
    void forwardedGeneralRequest_belongsToTheNewTeam_theDetaineeIsTold_andTheNoteStaysStaffOnly() throws Exception {
        Request request = ask(julien, NewRequest.general(Team.SPIP, "Quelle est ma date de fin de peine ?", token()));
        SecurityIdentity cpip = account("Nadia", "Benali", StaffRole.PROBATION_OFFICER, Roles.PROBATION_OFFICER);
        SecurityIdentity greffe = account("Marc", "Lefort", StaffRole.DIRECTION, Roles.DIRECTION);
        String note = "Pour le greffe : calcul de la fin de peine";
        RequestFilter byReceipt = new RequestFilter(null, null, null, true, false, null, request.receipt(), null);
        assertEquals(1, AsStaff.call(cpip, () -> desk.count(byReceipt)), "first in the SPIP's queue");

        Request forwarded = AsStaff.call(cpip, () -> desk.forward(request.getId(), request.getVersion(), Team.GREFFE,
                note));

        assertEquals(Team.GREFFE, forwarded.getTeam());
        assertEquals(Team.GREFFE, em.find(Request.class, request.getId()).getTeam());
        // The SPIP no longer owns it: neither sees nor acts on it.
        long version = em.find(Request.class, request.getId()).getVersion();
        assertThrows(NotYourTeamException.class, () -> AsStaff.call(cpip, () -> desk.acknowledge(request.getId(),
                version)));
        assertThrows(NotYourTeamException.class, () -> AsStaff.call(cpip, () -> desk.find(request.getId())));
        assertThrows(NotYourTeamException.class, () -> AsStaff.call(cpip, () -> desk.decide(request.getId(), version,
                Decision.answer("Le 12 mars"))));
        assertEquals(0, AsStaff.call(cpip, () -> desk.count(byReceipt)));
        // The greffe has it in its queue, with the note among the staff-only events.
        List<Request> greffeQueue = AsStaff.call(greffe, () -> desk.search(byReceipt.withTeam(Team.GREFFE),
                new fr.inserre.kiosk.common.PageRequest(0, 10, null, true)));
        assertEquals(List.of(request.getId()), greffeQueue.stream().map(Request::getId).toList());
        Request seenByGreffe = AsStaff.call(greffe, () -> desk.find(request.getId()));
        RequestEvent staffNote = seenByGreffe.getEvents().stream().filter(e -> e.getKind() == RequestEventKind.NOTE)
                .findFirst().orElseThrow(() -> new AssertionError("no note: " + seenByGreffe.getEvents()));
        assertEquals(note, staffNote.getText());
        assertTrue(!staffNote.isVisibleToDetainee());
        // The detainee is told it moved, and never sees the note.
        assertEquals(1, count("select count(n) from Notification n where n.detaineeId = :d and n.kind = :k",
                "d", julien.getId(), "k", NotificationKind.REQUEST_FORWARDED));
        List<RequestEvent> seenByJulien = AsDetainee.call(julien.getId(), () -> myRequests.detail(request.getId()))
                .request().visibleEvents();
        assertTrue(seenByJulien.stream().anyMatch(e -> e.getKind() == RequestEventKind.FORWARDED), seenByJulien::toString);
        assertTrue(seenByJulien.stream().noneMatch(e -> e.getKind() == RequestEventKind.NOTE
                || note.equals(e.getText())), seenByJulien::toString);
        // And the greffe answers it.
        Request answeredByGreffe = AsStaff.call(greffe, () -> desk.decide(request.getId(), version,
                Decision.answer("Le 12 mars 2027")));
        assertEquals(RequestStatus.ANSWERED, answeredByGreffe.getStatus());
    }

    @Test
    void jobApplication_forAFullWorkshop_isTaken_butCannotBeApprovedUntilAPlaceFrees() throws Exception {
        Activity workshop = activity(ActivityKind.WORK, "Atelier une place", 1, LocalTime.of(8, 0));
        Allocation held = workManager.call(() -> allocations.allocate(workshop.getId(), sofia.getId(), monday, null,
                null));

        // Classement au travail ranks applicants before a post frees up: the application is taken.
        Request application = ask(julien, NewRequest.job(workshop.getId(), "Je suis motivé", token()));
        assertEquals(RequestStatus.SUBMITTED, application.getStatus());

        // Approving it while the workshop is full is refused to staff, and nothing changes.
        fr.inserre.kiosk.schedule.ActivityFullException full = assertThrows(
                fr.inserre.kiosk.schedule.ActivityFullException.class, () -> workManager.call(() -> desk.decide(
                        application.getId(), application.getVersion(), Decision.allocateFrom(monday, null, null))));
        assertEquals("Atelier une place", full.getArguments().get(0));
        Request unchanged = em.find(Request.class, application.getId());
        assertEquals(RequestStatus.SUBMITTED, unchanged.getStatus());
        assertEquals(0, count("select count(a) from Allocation a where a.detainee.id = :d", "d", julien.getId()));

        // Once the place is free (from the day after Sofia's last), the same decision applies.
        workManager.call(() -> allocations.end(held.getId(), held.getVersion(), monday, AllocationEndReason.WITHDRAWN,
                null));
        Request approved = workManager.call(() -> desk.decide(application.getId(), unchanged.getVersion(),
                Decision.allocateFrom(monday.plusDays(1), null, null)));
        assertEquals(RequestStatus.APPROVED, approved.getStatus());
        assertNotNull(approved.getAllocationId());
    }
}
