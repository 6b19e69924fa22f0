package fr.inserre.kiosk.request.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.notification.Notification;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.NotYourTeamException;
import fr.inserre.kiosk.request.OutcomeNotForTypeException;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityFullException;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsDirection;
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
import java.util.UUID;
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
 * The commission (CPU) on the real EAR and MariaDB: requests made by detainees at the kiosk are put on
 * an agenda, decided during the meeting and applied at the closing — all in one transaction, or none
 * when one decision cannot be applied — with the roles of who may decide what. Each test works in an
 * establishment of its own, with a workshop on weekday mornings and a training on weekday afternoons.
 */
@ExtendWith(ArquillianExtension.class)
class CommissionIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommissionIT.class, AsDetainee.class, AsDirection.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsDirection direction;

    @Inject
    AsWorkManager workManager;

    @Inject
    AsTrainingManager trainingManager;

    @Inject
    AsSupervisor supervisor;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    @Inject
    MyRequestsService myRequests;

    @Inject
    CommissionService commissions;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private LocalDate today;
    private LocalDate monday;
    private Activity workshop;
    private Activity training;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002", "A-003", "A-004",
                "A-005", "A-006");
        today = LocalDate.now(ClockProducer.ZONE);
        monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        workshop = activity(ActivityKind.WORK, "Atelier menuiserie", 10, LocalTime.of(8, 0), LocalTime.of(11, 30));
        training = activity(ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine", 10, LocalTime.of(13, 30),
                LocalTime.of(16, 30));
    }

    private Activity activity(ActivityKind kind, String title, int capacity, LocalTime start, LocalTime end)
            throws Exception {
        boolean work = kind == ActivityKind.WORK;
        Activity activity = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(kind,
                work ? WorkType.WORKSHOP : null, title, null, null, "Salle " + title, capacity, null, today, null, work,
                work ? PayClass.PRODUCTION : null, null, null, 1)));
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            system.call(() -> activities.addSlot(activity.getId(), SlotRule.weekly(day, start, end)));
        }
        return activity;
    }

    private Detainee detainee(String cell) throws Exception {
        String number = "C" + SEQUENCE.incrementAndGet();
        return system.call(() -> detainees.register(establishment.getId(), new NewDetainee(number, "Prénom" + number,
                "Nom" + number, cell, "fr", false, today.minusMonths(2), null)));
    }

    /** The detainee asks at the kiosk, as themselves. */
    private Request asks(Detainee detainee, NewRequest wish) throws Exception {
        return AsDetainee.call(detainee.getId(), () -> myRequests.submit(wish));
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private Commission plan() throws Exception {
        return direction.call(() -> commissions.plan(establishment.getId(), today, "Mme Leroy (directrice), M. Petit"));
    }

    /** The item of the request on the commission's agenda. */
    private CommissionItem itemOf(Commission commission, Request request) throws Exception {
        return system.call(() -> commissions.agenda(commission.getId())).getItems().stream()
                .filter(i -> i.getRequest().getId().equals(request.getId())).findFirst().orElseThrow();
    }

    private void record(Commission commission, Request request, ItemDecision decision) throws Exception {
        CommissionItem item = itemOf(commission, request);
        direction.call(() -> commissions.record(item.getId(), item.getVersion(), decision));
    }

    private long version(Commission commission) throws Exception {
        return system.call(() -> commissions.agenda(commission.getId())).getVersion();
    }

    private Request reloaded(Request request) {
        return em.find(Request.class, request.getId());
    }

    private List<Notification> notifications(Detainee detainee, NotificationKind kind) {
        return em.createQuery("select n from Notification n where n.detaineeId = :d and n.kind = :k", Notification.class)
                .setParameter("d", detainee.getId()).setParameter("k", kind).getResultList();
    }

    private List<Allocation> allocationsOf(Detainee detainee) throws Exception {
        return system.call(() -> allocations.ofDetainee(detainee.getId()));
    }

    @Test
    void closing_appliesEveryDecisionAtOnce_andTellsEachDetainee() throws Exception {
        Detainee trainee = detainee("A-001");
        Detainee worker = detainee("A-002");
        Detainee anyWorker = detainee("A-003");
        Detainee refused = detainee("A-004");
        Detainee deferred = detainee("A-005");
        Detainee withdrawing = detainee("A-006");
        Activity kitchen = activity(ActivityKind.WORK, "Cuisine", 5, LocalTime.of(6, 30), LocalTime.of(7, 45));
        Request cap = asks(trainee, NewRequest.training(training.getId(), "J'aime cuisiner", token()));
        Request joinery = asks(worker, NewRequest.job(workshop.getId(), null, token()));
        Request anything = asks(anyWorker, NewRequest.job(null, "N'importe quel poste", token()));
        Request notNow = asks(refused, NewRequest.training(training.getId(), null, token()));
        Request later = asks(deferred, NewRequest.job(workshop.getId(), null, token()));
        Request withdrawn = asks(withdrawing, NewRequest.job(workshop.getId(), null, token()));
        Commission commission = plan();

        PendingRequests pending = workManager.call(() -> commissions.pending(establishment.getId(), null));
        assertEquals(6, pending.total());
        assertEquals("A-001", pending.requests().stream().filter(r -> r.getId().equals(cap.getId())).findFirst()
                .orElseThrow().getDetainee().getCell().getLabel(), "the candidates come with their detainee's cell");
        int added = trainingManager.call(() -> commissions.add(commission.getId(),
                pending.requests().stream().map(Request::getId).toList()));
        assertEquals(6, added);
        assertEquals(RequestStatus.IN_REVIEW, reloaded(cap).getStatus(), "put on the agenda, it is taken in hand");
        assertEquals(commission.getId(), reloaded(cap).getCommissionId());
        assertEquals(1, notifications(trainee, NotificationKind.REQUEST_ACKNOWLEDGED).size());
        assertEquals(0, workManager.call(() -> commissions.pending(establishment.getId(), null)).total(),
                "on a commission being prepared, a request is no longer a candidate");

        record(commission, cap, ItemDecision.approve(monday, null, "Bienvenue en CAP cuisine"));
        record(commission, joinery, ItemDecision.approve(monday, null, null));
        record(commission, anything, ItemDecision.approve(monday, kitchen.getId(), null));
        record(commission, notNow, ItemDecision.reject(RefusalReason.PREREQUISITES_NOT_MET, null));
        record(commission, later, ItemDecision.defer("Attendre l'avis du chef d'atelier"));
        record(commission, withdrawn, ItemDecision.approve(monday, null, null));
        AsDetainee.call(withdrawing.getId(), () -> myRequests.cancel(withdrawn.getId()));
        assertTrue(allocationsOf(trainee).isEmpty(), "nothing takes effect before the closing");

        ClosingReport report = direction.call(() -> commissions.close(commission.getId(), version(commission)));

        assertEquals(4, report.decided());
        assertEquals(1, report.deferred());
        assertEquals(List.of(withdrawn.receipt()), report.cancelled());
        Commission closed = system.call(() -> commissions.agenda(commission.getId()));
        assertEquals(CommissionStatus.CLOSED, closed.getStatus());
        assertTrue(closed.getClosedAt() != null && closed.getClosedBy() != null);
        assertEquals(RequestStatus.APPROVED, reloaded(cap).getStatus());
        assertEquals("Bienvenue en CAP cuisine", reloaded(cap).getReasonText());
        assertEquals(training.getId(), allocationsOf(trainee).get(0).getActivity().getId());
        assertEquals(monday, allocationsOf(trainee).get(0).getFromDate());
        assertEquals(workshop.getId(), allocationsOf(worker).get(0).getActivity().getId());
        assertEquals(kitchen.getId(), allocationsOf(anyWorker).get(0).getActivity().getId(),
                "any work: the activity the commission chose");
        assertEquals(RequestStatus.REJECTED, reloaded(notNow).getStatus());
        assertEquals(RefusalReason.PREREQUISITES_NOT_MET, reloaded(notNow).getReasonCode());
        assertTrue(allocationsOf(refused).isEmpty());
        assertEquals(RequestStatus.IN_REVIEW, reloaded(later).getStatus(), "deferred: still open");
        assertNull(reloaded(later).getCommissionId(), "deferred: off the agenda, a candidate for the next one");
        assertEquals(RequestStatus.CANCELLED, reloaded(withdrawn).getStatus());
        assertTrue(allocationsOf(withdrawing).isEmpty());
        for (Detainee approved : List.of(trainee, worker, anyWorker)) {
            assertEquals(1, notifications(approved, NotificationKind.REQUEST_APPROVED).size());
            assertEquals(1, notifications(approved, NotificationKind.ALLOCATED).size());
        }
        assertEquals(1, notifications(refused, NotificationKind.REQUEST_REJECTED).size());
        assertTrue(notifications(deferred, NotificationKind.REQUEST_APPROVED).isEmpty());
        assertEquals(List.of(later.getId()), workManager.call(() -> commissions.pending(establishment.getId(),
                RequestType.JOB_APPLICATION)).requests().stream().map(Request::getId).toList());
        assertThrows(CommissionClosedException.class, () -> direction.call(() -> commissions.add(commission.getId(),
                List.of(later.getId()))));
    }

    @Test
    void oneDecisionThatCannotApply_appliesNothing_andNamesItsRequest() throws Exception {
        Detainee trainee = detainee("A-001");
        Detainee worker = detainee("A-002");
        Detainee placeHolder = detainee("A-003");
        Activity tiny = activity(ActivityKind.WORK, "Atelier une place", 1, LocalTime.of(8, 0), LocalTime.of(11, 30));
        Request cap = asks(trainee, NewRequest.training(training.getId(), null, token()));
        Request full = asks(worker, NewRequest.job(tiny.getId(), null, token()));
        Commission commission = plan();
        direction.call(() -> commissions.add(commission.getId(), List.of(cap.getId(), full.getId())));
        record(commission, cap, ItemDecision.approve(monday, null, null));
        record(commission, full, ItemDecision.approve(monday, null, null));
        // Meanwhile the last place is given at the desk.
        workManager.call(() -> allocations.allocate(tiny.getId(), placeHolder.getId(), monday, null, null));
        long versionSeen = version(commission);

        CommissionItemFailedException refused = assertThrows(CommissionItemFailedException.class,
                () -> direction.call(() -> commissions.close(commission.getId(), versionSeen)));

        assertEquals(full.receipt(), refused.getReceipt());
        assertEquals(full.receipt(), refused.getArguments().get(0));
        assertInstanceOf(ActivityFullException.class, refused.getReason());
        assertEquals("Atelier une place", refused.getReason().getArguments().get(0));
        assertEquals(CommissionStatus.PREPARING, system.call(() -> commissions.agenda(commission.getId())).getStatus());
        assertTrue(allocationsOf(trainee).isEmpty(), "the training decided before it is not applied either");
        assertEquals(RequestStatus.IN_REVIEW, reloaded(cap).getStatus());
        assertEquals(RequestStatus.IN_REVIEW, reloaded(full).getStatus());
        assertTrue(notifications(trainee, NotificationKind.REQUEST_APPROVED).isEmpty());
        assertTrue(notifications(trainee, NotificationKind.ALLOCATED).isEmpty());

        // Once the decision is changed, the same commission closes.
        record(commission, full, ItemDecision.reject(RefusalReason.ACTIVITY_FULL, null));
        direction.call(() -> commissions.close(commission.getId(), version(commission)));
        assertEquals(RequestStatus.APPROVED, reloaded(cap).getStatus());
        assertEquals(RequestStatus.REJECTED, reloaded(full).getStatus());
    }

    @Test
    void workManager_cannotCloseACommissionHoldingATraining_butTheDirectionCan() throws Exception {
        Detainee trainee = detainee("A-001");
        Detainee worker = detainee("A-002");
        Request cap = asks(trainee, NewRequest.training(training.getId(), null, token()));
        Request joinery = asks(worker, NewRequest.job(workshop.getId(), null, token()));
        Commission commission = workManager.call(() -> commissions.plan(establishment.getId(), today, "M. Petit (RLE)"));
        workManager.call(() -> commissions.add(commission.getId(), List.of(cap.getId(), joinery.getId())));
        CommissionItem capItem = itemOf(commission, cap);
        CommissionItem joineryItem = itemOf(commission, joinery);

        assertEquals(cap.receipt(), assertThrows(NotYourTeamException.class, () -> workManager.call(
                () -> commissions.record(capItem.getId(), capItem.getVersion(), ItemDecision.waitlist())))
                .getArguments().get(0));
        assertThrows(NotYourTeamException.class, () -> trainingManager.call(() -> commissions.record(
                joineryItem.getId(), joineryItem.getVersion(), ItemDecision.approve(monday, null, null))));
        trainingManager.call(() -> commissions.record(capItem.getId(), capItem.getVersion(), ItemDecision.waitlist()));
        workManager.call(() -> commissions.record(joineryItem.getId(), joineryItem.getVersion(),
                ItemDecision.approve(monday, null, null)));
        long versionSeen = version(commission);

        NotYourTeamException refused = assertThrows(NotYourTeamException.class,
                () -> workManager.call(() -> commissions.close(commission.getId(), versionSeen)));
        assertEquals(cap.receipt(), refused.getArguments().get(0));
        assertEquals(RequestStatus.IN_REVIEW, reloaded(joinery).getStatus());

        direction.call(() -> commissions.close(commission.getId(), versionSeen));
        assertEquals(RequestStatus.WAITLISTED, reloaded(cap).getStatus());
        assertEquals(RequestStatus.APPROVED, reloaded(joinery).getStatus());
    }

    @Test
    void supervisor_cannotPlanNorSeeTheCandidates() {
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> commissions.plan(establishment.getId(),
                today, "Surveillant")));
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> commissions.pending(establishment.getId(),
                null)));
    }

    @Test
    void closing_withoutEveryDecision_isRefused_namingTheRequestsWithout() throws Exception {
        Request first = asks(detainee("A-001"), NewRequest.job(workshop.getId(), null, token()));
        Request second = asks(detainee("A-002"), NewRequest.job(workshop.getId(), null, token()));
        Request third = asks(detainee("A-003"), NewRequest.job(workshop.getId(), null, token()));
        Commission commission = plan();
        direction.call(() -> commissions.add(commission.getId(), List.of(first.getId(), second.getId(), third.getId())));
        record(commission, second, ItemDecision.defer(null));
        long versionSeen = version(commission);

        OutcomesMissingException refused = assertThrows(OutcomesMissingException.class,
                () -> direction.call(() -> commissions.close(commission.getId(), versionSeen)));

        assertEquals(first.receipt() + ", " + third.receipt(), refused.getArguments().get(0));
    }

    @Test
    void recordedDecision_isCheckedAgainstItsRequest_andTheRefusalNamesIt() throws Exception {
        Request joinery = asks(detainee("A-001"), NewRequest.job(workshop.getId(), null, token()));
        Commission commission = plan();
        direction.call(() -> commissions.add(commission.getId(), List.of(joinery.getId())));
        CommissionItem item = itemOf(commission, joinery);

        CommissionItemFailedException refused = assertThrows(CommissionItemFailedException.class,
                () -> direction.call(() -> commissions.record(item.getId(), item.getVersion(), ItemDecision.waitlist())));

        assertEquals(joinery.receipt(), refused.getReceipt());
        assertInstanceOf(OutcomeNotForTypeException.class, refused.getReason());
        assertTrue(!itemOf(commission, joinery).isRecorded());
    }

    @Test
    void closing_anAgendaChangedSinceItWasShown_isRefused() throws Exception {
        Request joinery = asks(detainee("A-001"), NewRequest.job(workshop.getId(), null, token()));
        Commission commission = plan();
        direction.call(() -> commissions.add(commission.getId(), List.of(joinery.getId())));
        long shown = version(commission);
        CommissionItem item = itemOf(commission, joinery);
        CommissionItem recorded = workManager.call(() -> commissions.record(item.getId(), item.getVersion(),
                ItemDecision.reject(RefusalReason.SECURITY_OPINION, null)));
        assertEquals(shown + 1, recorded.getCommission().getVersion(), "each change raises the version by one");

        assertThrows(ChangedMeanwhileException.class,
                () -> direction.call(() -> commissions.close(commission.getId(), shown)));
        assertEquals(RequestStatus.IN_REVIEW, reloaded(joinery).getStatus());
    }

    @Test
    void removedRequest_staysOpen_andIsACandidateAgain() throws Exception {
        Request joinery = asks(detainee("A-001"), NewRequest.job(workshop.getId(), null, token()));
        Commission commission = plan();
        direction.call(() -> commissions.add(commission.getId(), List.of(joinery.getId())));

        direction.call(() -> {
            commissions.remove(commission.getId(), joinery.getId());
            return null;
        });

        assertNull(reloaded(joinery).getCommissionId());
        assertEquals(RequestStatus.IN_REVIEW, reloaded(joinery).getStatus());
        assertTrue(system.call(() -> commissions.agenda(commission.getId())).getItems().isEmpty());
        assertEquals(1, system.call(() -> commissions.pending(establishment.getId(), null)).total());
        assertThrows(EmptyCommissionException.class,
                () -> direction.call(() -> commissions.close(commission.getId(), version(commission))));
    }

    @Test
    void agenda_costsFourStatements_whateverItsLength() throws Exception {
        Commission commission = plan();
        List<Long> ids = new java.util.ArrayList<>();
        for (String cell : List.of("A-001", "A-002", "A-003", "A-004", "A-005")) {
            ids.add(asks(detainee(cell), NewRequest.job(workshop.getId(), null, token())).getId());
        }
        ids.add(asks(detainee("A-006"), NewRequest.job(null, null, token())).getId());
        direction.call(() -> commissions.add(commission.getId(), ids));
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        Commission agenda = system.call(() -> commissions.agenda(commission.getId()));

        // Read outside the service's transaction: anything not fetched would fail to load.
        List<String> shown = agenda.getItems().stream().map(i -> i.getRequest().receipt() + " "
                + i.getRequest().getDetainee().getDisplayName() + " " + i.getRequest().getDetainee().getCell().getLabel()
                + " " + (i.getRequest().isAnyWork() ? "*" : i.getRequest().getActivity().getTitle())).toList();
        assertEquals(6, shown.size());
        assertTrue(shown.get(0).endsWith("A-006 *"), shown::toString);
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements <= 4, () -> statements + " statements: " + java.util.Arrays.toString(statistics.getQueries())
                + ", entity fetches " + statistics.getEntityFetchCount() + ", collection fetches "
                + statistics.getCollectionFetchCount());
        List<CommissionSummary> listed = system.call(() -> commissions.list(establishment.getId(),
                new PageRequest(0, 25, null, false)));
        assertEquals(1, listed.size());
        assertEquals(6, listed.get(0).items());
        assertEquals(0, listed.get(0).recorded());
    }
}
