package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.AsTrainingManager;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff queues on the real EAR and MariaDB: what one page of a queue costs with 5,000 requests in
 * the establishment (statements, time), and who may see and decide what (team, establishment,
 * version seen). The large queue lives in an establishment of its own with its own direction account
 * ({@link AsQueueDirection}); the other tests each make a small establishment.
 */
@ExtendWith(ArquillianExtension.class)
class RequestQueueIT {

    static final String DIRECTION_LOGIN = "queue.it.direction";
    static final int BULK = 5_000;
    static final int PEOPLE = 50;
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inDomain(Deployments.earWith(RequestQueueIT.class, AsQueueDirection.class), KioskStandIn.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsQueueDirection direction;

    @Inject
    AsDemoDirection otherEstablishmentsDirection;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsTrainingManager trainingManager;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    StaffService staff;

    @Inject
    RequestDesk desk;

    @Inject
    KioskStandIn kiosk;

    @PersistenceContext
    EntityManager em;

    /** A page as the queue shows it first: one page of 25, the count for the paginator, the figures. */
    record Measure(List<Request> page, long total, QueueCounts counts, long statements, long micros, String queries) {

        int rows() {
            return page.size();
        }
    }

    @Test
    void queuePage_with5000Requests_costsTheSameFewStatements_asAnEmptyQueue() throws Exception {
        long establishmentId = queueEstablishment();
        List<Long> people = system.call(() -> em.createQuery("select d.id from Detainee d "
                + "where d.establishment.id = :e order by d.id", Long.class).setParameter("e", establishmentId)
                .getResultList());
        Activity training = activity(establishmentId, ActivityKind.VOCATIONAL_TRAINING, "CACES charge");
        Activity work = activity(establishmentId, ActivityKind.WORK, "Atelier charge");
        Measure before = measure(RequestFilter.IN_PROGRESS);

        long startInsert = System.nanoTime();
        long inDatabase = system.call(() -> kiosk.insertMany(establishmentId, training.getId(), work.getId(), BULK));
        long insertMillis = (System.nanoTime() - startInsert) / 1_000_000;
        Measure cold = measure(RequestFilter.IN_PROGRESS);
        Measure queue = measure(RequestFilter.IN_PROGRESS);
        Measure overdue = measure(new RequestFilter(null, null, null, true, true, null, null, null));
        Measure person = measure(new RequestFilter(null, RequestType.TRAINING_ENROLMENT, null, true, false,
                "Charge", null, null));

        System.out.printf("Request queue with %d requests in the establishment (inserted in %d ms): first page "
                + "%d rows of %d, %d statements, %d µs (first time %d µs); overdue only: %d of %d, %d statements, %d µs; one type and "
                + "a name: %d of %d, %d statements, %d µs; empty queue before: %d statements%n", inDatabase,
                insertMillis, queue.rows(), queue.total(), queue.statements(), queue.micros(), cold.micros(), overdue.rows(),
                overdue.total(), overdue.statements(), overdue.micros(), person.rows(), person.total(),
                person.statements(), person.micros(), before.statements());
        assertTrue(inDatabase >= BULK, () -> inDatabase + " requests");
        assertEquals(25, queue.rows());
        assertTrue(queue.total() > 2_000, () -> queue.total() + " in progress");
        assertTrue(overdue.total() > 0 && overdue.total() < queue.total(), () -> overdue.total() + " overdue");
        assertTrue(queue.counts().overdue() == overdue.total(), () -> queue.counts() + " / " + overdue.total());
        assertEquals(before.statements(), queue.statements(), () -> "statements grow with the data: " + queue.queries());
        assertEquals(3, queue.statements(), queue::queries);
        assertEquals(3, overdue.statements(), overdue::queries);
        assertEquals(3, person.statements(), person::queries);
        assertEquals(PEOPLE, people.size());
        List<Request> rows = queue.page();
        for (int i = 1; i < rows.size(); i++) {
            assertFalse(rows.get(i).getDueDate().isBefore(rows.get(i - 1).getDueDate()), "oldest due date first");
        }
        assertTrue(rows.stream().anyMatch(r -> r.isOverdue(LocalDate.now(ClockProducer.ZONE))), "overdue ones first");
        assertTrue(rows.stream().allMatch(r -> org.hibernate.Hibernate.isInitialized(r.getDetainee())),
                "each row's detainee came with the page");
    }

    @Test
    void supervisor_cannotSeeOrDecideATrainingRequest() throws Exception {
        Small small = small();
        Request training = trainingRequest(small);
        RequestFilter byReceipt = byReceipt(training);

        assertEquals(0, supervisor.call(() -> desk.count(byReceipt)));
        assertTrue(supervisor.call(() -> desk.search(byReceipt, new PageRequest(0, 25, null, true))).isEmpty());
        assertThrows(NotYourTeamException.class, () -> supervisor.call(() -> desk.find(training.getId())));
        assertThrows(NotYourTeamException.class, () -> supervisor.call(() -> desk.decide(training.getId(),
                training.getVersion(), Decision.reject(RefusalReason.OTHER, "Non"))));
        assertThrows(NotYourTeamException.class, () -> supervisor.call(() -> desk.acknowledgeAll(
                List.of(training.getId()))));
        assertEquals(1, trainingManager.call(() -> desk.count(byReceipt)), "its own team sees it");
        assertEquals(RequestStatus.SUBMITTED, system.call(() -> em.find(Request.class, training.getId())).getStatus());
    }

    @Test
    void staffOfAnotherEstablishment_cannotSeeOrDecide() throws Exception {
        Small small = small();
        Request training = trainingRequest(small);
        RequestFilter byReceipt = byReceipt(training);

        assertEquals(0, otherEstablishmentsDirection.call(() -> desk.count(byReceipt)));
        assertThrows(EJBAccessException.class, () -> otherEstablishmentsDirection.call(() -> desk.find(training.getId())));
        assertThrows(EJBAccessException.class, () -> otherEstablishmentsDirection.call(() -> desk.decide(
                training.getId(), training.getVersion(), Decision.waitlist())));
        assertTrue(otherEstablishmentsDirection.call(() -> desk.waitlist(small.training().getId())).isEmpty());
    }

    @Test
    void actionOnAStaleVersion_isRefused_andASecondDecision_namesTheFirstDecider() throws Exception {
        Small small = small();
        Request request = kiosk.submit(small.detainee().getId(), RequestType.GENERAL, Team.DETENTION, null,
                "Je voudrais changer de cellule.", null);
        long seen = request.getVersion();
        Request taken = supervisor.call(() -> desk.acknowledge(request.getId(), seen));

        assertThrows(ChangedMeanwhileException.class, () -> supervisor.call(() -> desk.ask(request.getId(), seen,
                "Pourquoi ?")));
        supervisor.call(() -> desk.decide(request.getId(), taken.getVersion(), Decision.answer("Demande notée.")));
        AlreadyDecidedException second = assertThrows(AlreadyDecidedException.class, () -> supervisor.call(
                () -> desk.decide(request.getId(), taken.getVersion(), Decision.reject(RefusalReason.NOT_POSSIBLE,
                        null))));
        assertEquals(LocalDate.now(ClockProducer.ZONE), second.getArguments().get(1));
        assertEquals(RequestStatus.ANSWERED, system.call(() -> em.find(Request.class, request.getId())).getStatus());
    }

    @Test
    void detail_bringsTheWholeHistory_staffNotesIncluded_andTheHalfDays_readableAfterwards() throws Exception {
        Small small = small();
        LocalDate day = LocalDate.now(ClockProducer.ZONE).plusDays(3);
        Request asked = kiosk.submit(small.detainee().getId(), RequestType.APPOINTMENT, Team.SPIP, null, null,
                List.of(new HalfDay(day, HalfDay.Half.AFTERNOON)));
        system.call(() -> desk.note(asked.getId(), "Voir avec le JAP avant."));

        Request shown = system.call(() -> desk.find(asked.getId()));

        assertEquals(List.of(new HalfDay(day, HalfDay.Half.AFTERNOON)), shown.getHalfDays());
        assertEquals(List.of(RequestEventKind.SUBMITTED, RequestEventKind.NOTE),
                shown.getEvents().stream().map(RequestEvent::getKind).toList());
        assertFalse(shown.getEvents().get(1).isVisibleToDetainee(), "a note is for staff only");
    }

    @Test
    void bulkAcknowledge_takesInHandTheNewOnes_andLeavesTheOthers() throws Exception {
        Small small = small();
        Request first = trainingRequest(small);
        Request second = kiosk.submit(small.other().getId(), RequestType.TRAINING_ENROLMENT, null,
                small.training().getId(), null, null);
        trainingManager.call(() -> desk.acknowledge(second.getId(), second.getVersion()));

        int done = trainingManager.call(() -> desk.acknowledgeAll(List.of(first.getId(), second.getId())));

        assertEquals(1, done);
        Request reread = system.call(() -> desk.find(first.getId()));
        assertEquals(RequestStatus.IN_REVIEW, reread.getStatus());
        assertEquals(List.of(RequestEventKind.SUBMITTED, RequestEventKind.ACKNOWLEDGED),
                reread.getEvents().stream().map(RequestEvent::getKind).toList());
    }

    private Request trainingRequest(Small small) {
        return kiosk.submit(small.detainee().getId(), RequestType.TRAINING_ENROLMENT, null, small.training().getId(),
                null, null);
    }

    private static RequestFilter byReceipt(Request request) {
        return new RequestFilter(null, null, null, false, false, null, request.receipt(), null);
    }

    private Measure measure(RequestFilter filter) throws Exception {
        // The caller's establishment is read once per HTTP request (then cached): not part of the page's cost.
        direction.call(() -> desk.count(filter));
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long start = System.nanoTime();
        Object[] page = direction.call(() -> new Object[] {desk.search(filter, new PageRequest(0, 25, null, true)),
            desk.count(filter), desk.counts(null)});
        long micros = (System.nanoTime() - start) / 1000;
        @SuppressWarnings("unchecked")
        List<Request> rows = (List<Request>) page[0];
        return new Measure(rows, (Long) page[1], (QueueCounts) page[2], statistics.getPrepareStatementCount(),
                micros, "queries " + java.util.Arrays.toString(statistics.getQueries()) + ", entity fetches "
                + statistics.getEntityFetchCount() + ", collection fetches " + statistics.getCollectionFetchCount());
    }

    /** The large queue's establishment and its direction account, made once per database. */
    private long queueEstablishment() throws Exception {
        StaffMember existing = system.call(() -> staff.findByLogin(DIRECTION_LOGIN).orElse(null));
        if (existing != null) {
            return existing.getEstablishment().getId();
        }
        String[] cells = new String[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            cells[i] = String.format("Q-%03d", i + 1);
        }
        Establishment establishment = TestEstablishments.create(system, establishments, 200, cells);
        system.call(() -> staff.create(establishment.getId(), DIRECTION_LOGIN, "Delphine", "Charge",
                EnumSet.of(StaffRole.DIRECTION)));
        for (String cell : cells) {
            register(establishment.getId(), cell, "Charge" + cell.substring(2));
        }
        return establishment.getId();
    }

    record Small(Establishment establishment, Detainee detainee, Detainee other, Activity training) {
    }

    private Small small() throws Exception {
        Establishment establishment = TestEstablishments.create(system, establishments, 50, "R-001", "R-002");
        return new Small(establishment, register(establishment.getId(), "R-001", "Martin"),
                register(establishment.getId(), "R-002", "Benali"),
                activity(establishment.getId(), ActivityKind.VOCATIONAL_TRAINING, "SST"));
    }

    private Detainee register(long establishmentId, String cell, String lastName) throws Exception {
        String number = "RQ" + SEQUENCE.incrementAndGet();
        return system.call(() -> detainees.register(establishmentId, new NewDetainee(number, "Prénom", lastName, cell,
                "fr", false, LocalDate.now(ClockProducer.ZONE).minusMonths(1), null)));
    }

    private Activity activity(long establishmentId, ActivityKind kind, String title) throws Exception {
        boolean work = kind == ActivityKind.WORK;
        return system.call(() -> activities.create(establishmentId, new ActivityDetails(kind,
                work ? WorkType.WORKSHOP : null, title, null, null, "Salle " + title, 12, null,
                LocalDate.now(ClockProducer.ZONE), null, work, work ? PayClass.PRODUCTION : null, null, null, 1)));
    }
}
