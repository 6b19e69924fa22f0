package fr.inserre.kiosk.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AbsenceReason;
import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.RollCall;
import fr.inserre.kiosk.attendance.RollCallService;
import fr.inserre.kiosk.attendance.TimesheetService;
import fr.inserre.kiosk.attendance.WorkedTime;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.DuplicateRequestException;
import fr.inserre.kiosk.request.HoursDisputeReason;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NotYourTeamException;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.ReasonTextRequiredException;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.RequestFilter;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.request.TextRequiredException;
import fr.inserre.kiosk.request.UnknownAttendanceLineException;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
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
 * "Mes heures" on the real EAR and MariaDB: the totals of this week, this month and since arrival from
 * recorded attendance, pending and validated, the pay estimated from the seeded rates, only the caller's
 * own data; "Je conteste cette ligne" makes one request routed to the activity's team with the line
 * attached, refused twice while open; the attestation request; the statement counts. Each test has an
 * establishment of its own, a paid workshop and a paid vocational training, written in the past.
 */
@ExtendWith(ArquillianExtension.class)
class MyHoursIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** 45 % of the SMIC of 2026 (12.02), rounded up to the cent; the seeded training allowance. */
    static final Money PRODUCTION_2026 = Money.euros("5.41");
    static final Money TRAINING_2026 = Money.euros("2.28");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(MyHoursIT.class, AsStaff.class);
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
    RollCallService rollCall;

    @Inject
    TimesheetService timesheets;

    @Inject
    MyHoursService myHours;

    @Inject
    MyRequestsService myRequests;

    @Inject
    RequestDesk desk;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Detainee julien;
    private Detainee amine;
    private Activity workshop;
    private Activity training;
    private SecurityIdentity chef;
    private SecurityIdentity trainer;
    private SecurityIdentity workManager;
    private LocalDate today;
    private LocalDate arrival;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002");
        today = LocalDate.now(ClockProducer.ZONE);
        arrival = today.minusDays(70);
        julien = register("A-001");
        amine = register("A-002");
        String suffix = SEQUENCE.incrementAndGet() + establishment.getCode().toLowerCase();
        StaffMember lead = system.call(() -> staff.create(establishment.getId(), "chefh" + suffix, "Laurent", "Masson",
                EnumSet.of(StaffRole.SUPERVISOR)));
        StaffMember teacher = system.call(() -> staff.create(establishment.getId(), "formh" + suffix, "Claire",
                "Petit", EnumSet.of(StaffRole.SUPERVISOR)));
        system.call(() -> staff.create(establishment.getId(), "travh" + suffix, "Nadia", "Roux",
                EnumSet.of(StaffRole.WORK_MANAGER)));
        chef = AsStaff.identity(lead.getLogin(), Roles.SUPERVISOR);
        trainer = AsStaff.identity(teacher.getLogin(), Roles.SUPERVISOR);
        workManager = AsStaff.identity("travh" + suffix, Roles.WORK_MANAGER);
        workshop = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(ActivityKind.WORK,
                WorkType.WORKSHOP, "Atelier conditionnement", null, null, "Atelier 1", 10, lead.getId(),
                today.minusDays(65), null, true, PayClass.PRODUCTION, null, null, 1)));
        training = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(
                ActivityKind.VOCATIONAL_TRAINING, null, "CACES chariot", null, null, "Salle 2", 10, teacher.getId(),
                today.minusDays(65), null, true, null, null, null, 1)));
        for (Activity activity : List.of(workshop, training)) {
            for (Detainee detainee : List.of(julien, amine)) {
                system.call(() -> allocations.allocate(activity.getId(), detainee.getId(), today.minusDays(60), null,
                        null));
            }
        }
    }

    private Detainee register(String cell) throws Exception {
        return TestDetainees.register(system, detainees, establishment.getId(), cell, arrival, null);
    }

    /** A session of the activity at these instants, written directly (the planner never plans the past). */
    private long session(Activity activity, Instant start, Instant end) throws Exception {
        transaction.begin();
        em.joinTransaction();
        long id = TestRows.session(em, activity.getId(), start, end, "Salle");
        transaction.commit();
        return id;
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), ClockProducer.ZONE).toInstant();
    }

    /** Everyone allocated marked present for the whole session by its lead; returns the session's lines. */
    private List<RollCall.Line> allPresent(SecurityIdentity lead, long session) throws Exception {
        List<RollCall.Line> lines = new ArrayList<>();
        for (RollCall.Line line : AsStaff.call(lead, () -> rollCall.sheet(session)).lines()) {
            AsStaff.call(lead, () -> rollCall.markPresent(line.attendanceId(), line.version(), null, null, null));
            lines.add(line);
        }
        return lines;
    }

    private long lineOf(List<RollCall.Line> lines, Detainee detainee) {
        return lines.stream().filter(l -> l.detaineeId() == detainee.getId()).findFirst().orElseThrow().attendanceId();
    }

    private <T> T as(Detainee detainee, Callable<T> work) throws Exception {
        return AsDetainee.call(detainee.getId(), work);
    }

    /** One worked or trained day: its date, minutes, kind. */
    private record Day(LocalDate date, int minutes, boolean work, boolean validated) {
    }

    @Test
    void totals_weekMonthAndSinceArrival_pendingOrValidated_withThePayOfTheRates_ownDataOnly() throws Exception {
        List<Day> days = new ArrayList<>();
        // Work 08:00-11:30 (210 min) 45, 9, 2 and 1 days ago; training 14:00-17:00 (180 min) 3 days ago.
        for (int ago : new int[] {45, 9, 2, 1}) {
            LocalDate day = today.minusDays(ago);
            allPresent(chef, session(workshop, at(day, 8), at(day, 8).plus(Duration.ofMinutes(210))));
            days.add(new Day(day, 210, true, false));
        }
        LocalDate trainingDay = today.minusDays(3);
        allPresent(trainer, session(training, at(trainingDay, 14), at(trainingDay, 17)));
        days.add(new Day(trainingDay, 180, false, false));
        // A session of today, an hour long, ended half an hour ago (its date is yesterday just after midnight).
        Instant end = Instant.now().minus(Duration.ofMinutes(30));
        List<RollCall.Line> todays = allPresent(chef, session(workshop, end.minus(Duration.ofHours(1)), end));
        days.add(new Day(LocalDate.ofInstant(end.minus(Duration.ofHours(1)), ClockProducer.ZONE), 60, true, false));
        // The oldest week validated by the lead (julien's only: amine's stays pending).
        LocalDate oldWeek = WorkedTime.weekStart(today.minusDays(45));
        AsStaff.call(chef, () -> timesheets.validate(julien.getId(), workshop.getId(), oldWeek, -1, null));
        days.set(0, new Day(days.get(0).date(), 210, true, true));

        MyHours mine = as(julien, () -> myHours.overview());

        assertEquals(arrival, mine.arrival());
        for (HoursPeriod period : HoursPeriod.values()) {
            LocalDate from = period.from(today, arrival);
            List<Day> in = days.stream().filter(d -> !d.date().isBefore(from)).toList();
            int work = in.stream().filter(Day::work).mapToInt(Day::minutes).sum();
            int trained = in.stream().filter(d -> !d.work()).mapToInt(Day::minutes).sum();
            int validated = in.stream().filter(Day::validated).mapToInt(Day::minutes).sum();
            HoursTotals totals = mine.period(period);
            assertEquals(work, totals.workMinutes(), period.name());
            assertEquals(trained, totals.trainingMinutes(), period.name());
            assertEquals(validated, totals.validatedMinutes(), period.name());
            assertEquals(work + trained - validated, totals.pendingMinutes(), period.name());
            // Rates of 2026 (this test runs after 2026-02-14: 45 days back stay in 2026). Rounded once per activity.
            Money pay = PRODUCTION_2026.forMinutes(work).plus(TRAINING_2026.forMinutes(trained));
            assertEquals(pay, totals.pay(), period.name());
            assertEquals(PRODUCTION_2026.forMinutes(validated), totals.validatedPay(), period.name());
        }
        HoursTotals sinceArrival = mine.period(HoursPeriod.SINCE_ARRIVAL);
        assertEquals(6, sinceArrival.lines().size());
        assertTrue(sinceArrival.lines().stream().allMatch(l -> l.detaineeId() == julien.getId()));
        assertEquals(210 * 4 + 60, sinceArrival.workMinutes());
        assertEquals(210, sinceArrival.validatedMinutes());
        // Amine's validated nothing: his week of 45 days ago is still pending.
        HoursTotals amines = as(amine, () -> myHours.overview()).period(HoursPeriod.SINCE_ARRIVAL);
        assertEquals(0, amines.validatedMinutes());
        assertTrue(amines.lines().stream().allMatch(l -> l.detaineeId() == amine.getId()));
        // Someone else's line cannot be read.
        long aminesToday = lineOf(todays, amine);
        assertThrows(UnknownAttendanceLineException.class, () -> as(julien, () -> myHours.line(aminesToday)));
        assertEquals(60, as(amine, () -> myHours.line(aminesToday)).minutes());
    }

    @Test
    void dispute_makesOneRequest_toTheActivitysTeam_withTheLineAttached_andIsRefusedTwiceWhileOpen() throws Exception {
        LocalDate day = today.minusDays(2);
        List<RollCall.Line> workLines = allPresent(chef, session(workshop, at(day, 8),
                at(day, 8).plus(Duration.ofMinutes(210))));
        long workLine = lineOf(workLines, julien);
        long trainingLine = lineOf(allPresent(trainer, session(training, at(day, 14), at(day, 17))), julien);
        String token = UUID.randomUUID().toString();

        Request dispute = as(julien, () -> myRequests.submit(NewRequest.hoursDispute(workLine,
                HoursDisputeReason.HOURS_MISSING, "J'ai fini à midi", token)));
        Request again = as(julien, () -> myRequests.submit(NewRequest.hoursDispute(workLine,
                HoursDisputeReason.HOURS_MISSING, "J'ai fini à midi", token)));

        assertEquals(dispute.getId(), again.getId(), "the same form twice finds the first request");
        assertEquals(RequestType.HOURS_DISPUTE, dispute.getType());
        assertEquals(Team.WORK, dispute.getTeam());
        assertEquals(RequestStatus.SUBMITTED, dispute.getStatus());
        assertEquals("J'ai fini à midi", dispute.getText());
        Request seen = AsStaff.call(workManager, () -> desk.find(dispute.getId()));
        assertEquals(workshop.getId(), seen.getActivity().getId());
        assertEquals(workLine, seen.getDisputedLine().getAttendance().getId());
        assertEquals(HoursDisputeReason.HOURS_MISSING, seen.getDisputedLine().getReason());
        assertEquals(AttendanceStatus.PRESENT, seen.getDisputedLine().getDisputedStatus());
        assertEquals(210, seen.getDisputedLine().getDisputedMinutes());
        assertEquals("Laurent Masson", seen.getDisputedLine().getInChargeName());
        assertEquals(day, seen.getDisputedLine().getAttendance().getSessionDate());
        assertThrows(DuplicateRequestException.class, () -> as(julien, () -> myRequests.submit(
                NewRequest.hoursDispute(workLine, HoursDisputeReason.WRONG_TIMES, null, UUID.randomUUID().toString()))));
        // In "Mes demandes"; the period's sessions show the line as disputed; job offers are not blocked by it.
        assertTrue(as(julien, () -> myRequests.mine()).stream().anyMatch(m -> m.request().getId().equals(dispute.getId())));
        PeriodHours month = as(julien, () -> myHours.period(HoursPeriod.SINCE_ARRIVAL));
        assertEquals(dispute.receipt(), month.disputeOf(workLine));
        assertNull(month.disputeOf(trainingLine));
        assertNull(as(julien, () -> myRequests.offers(false, KioskLanguage.FR)).stream()
                .filter(o -> o.activityId() == workshop.getId()).findFirst().orElseThrow().pendingReceipt());

        // A training line goes to the training team; "another reason" needs words; someone else's line is refused.
        Request trainingDispute = as(julien, () -> myRequests.submit(NewRequest.hoursDispute(trainingLine,
                HoursDisputeReason.WAS_PRESENT, null, UUID.randomUUID().toString())));
        assertEquals(Team.TRAINING, trainingDispute.getTeam());
        assertThrows(TextRequiredException.class, () -> as(amine, () -> myRequests.submit(NewRequest.hoursDispute(
                lineOf(workLines, amine), HoursDisputeReason.OTHER, " ", UUID.randomUUID().toString()))));
        assertThrows(UnknownAttendanceLineException.class, () -> as(amine, () -> myRequests.submit(
                NewRequest.hoursDispute(workLine, HoursDisputeReason.HOURS_MISSING, null, UUID.randomUUID().toString()))));

        // "Les heures sont justes" needs its explanation; once refused, the line may be disputed again.
        assertThrows(ReasonTextRequiredException.class, () -> AsStaff.call(workManager, () -> desk.decide(
                dispute.getId(), seen.getVersion(), Decision.reject(RefusalReason.HOURS_CORRECT, null))));
        Request refused = AsStaff.call(workManager, () -> desk.decide(dispute.getId(), seen.getVersion(),
                Decision.reject(RefusalReason.HOURS_CORRECT, "Badge de sortie à 11 h 30, vérifié avec le chef.")));
        assertEquals(RequestStatus.REJECTED, refused.getStatus());
        Request second = as(julien, () -> myRequests.submit(NewRequest.hoursDispute(workLine,
                HoursDisputeReason.WRONG_TIMES, null, UUID.randomUUID().toString())));
        assertFalse(second.getId().equals(dispute.getId()));
    }

    @Test
    void dispute_reachesTheLeadOfItsActivity_whoSeesAndAnswersIt_butNotAnotherSupervisor() throws Exception {
        LocalDate day = today.minusDays(3);
        long workLine = lineOf(allPresent(chef, session(workshop, at(day, 8), at(day, 11))), julien);
        Request dispute = as(julien, () -> myRequests.submit(NewRequest.hoursDispute(workLine,
                HoursDisputeReason.HOURS_MISSING, "Je suis resté jusqu'à midi", UUID.randomUUID().toString())));
        PageRequest page = new PageRequest(0, 25, null, true);

        // The workshop's lead is a supervisor: their team is détention, yet the dispute of their workshop is theirs.
        assertTrue(AsStaff.call(chef, () -> desk.search(RequestFilter.IN_PROGRESS, page)).stream()
                .anyMatch(r -> r.getId().equals(dispute.getId())), "in the lead's queue");
        assertEquals(1, AsStaff.call(chef, () -> desk.counts(null)).submitted());
        Request seen = AsStaff.call(chef, () -> desk.find(dispute.getId()));
        // The lead of the training (another supervisor) neither sees nor opens it.
        assertTrue(AsStaff.call(trainer, () -> desk.search(RequestFilter.IN_PROGRESS, page)).stream()
                .noneMatch(r -> r.getId().equals(dispute.getId())), "not in another supervisor's queue");
        assertThrows(NotYourTeamException.class, () -> AsStaff.call(trainer, () -> desk.find(dispute.getId())));

        Request answered = AsStaff.call(chef, () -> desk.decide(dispute.getId(), seen.getVersion(),
                Decision.answer("Vu avec le pointage : fin à 12 h, la ligne est corrigée.")));
        assertEquals(RequestStatus.ANSWERED, answered.getStatus());
        assertTrue(answered.getDecidedBy().startsWith("chefh"), "decided by the lead");
    }

    @Test
    void attestation_goesToTheWorkTeam_once_whileInProgress() throws Exception {
        Request asked = as(julien, () -> myRequests.submit(NewRequest.hoursAttestation(UUID.randomUUID().toString())));

        assertEquals(RequestType.HOURS_ATTESTATION, asked.getType());
        assertEquals(Team.WORK, asked.getTeam());
        assertThrows(DuplicateRequestException.class, () -> as(julien,
                () -> myRequests.submit(NewRequest.hoursAttestation(UUID.randomUUID().toString()))));
        long version = AsStaff.call(workManager, () -> desk.find(asked.getId())).getVersion();
        Request answered = AsStaff.call(workManager, () -> desk.decide(asked.getId(), version,
                Decision.answer("Votre attestation est prête : demandez-la au bureau du travail.")));
        assertEquals(RequestStatus.ANSWERED, answered.getStatus());
    }

    @Test
    void myHours_costsAFewStatements_whateverTheNumberOfLines() throws Exception {
        for (int ago = 1; ago <= 12; ago++) {
            LocalDate day = today.minusDays(ago);
            allPresent(chef, session(workshop, at(day, 8), at(day, 8).plus(Duration.ofMinutes(210))));
            allPresent(trainer, session(training, at(day, 14), at(day, 17)));
        }
        // Since arrival, not this month: on the 1st to the 12th of a month some or all of these days are last month.
        List<AttendanceLine> anyLine = as(julien, () -> myHours.period(HoursPeriod.SINCE_ARRIVAL)).totals().lines();
        long lineId = anyLine.get(0).attendanceId();
        as(julien, () -> myRequests.submit(NewRequest.hoursDispute(lineId, HoursDisputeReason.HOURS_MISSING, null,
                UUID.randomUUID().toString())));
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        long started = System.nanoTime();
        MyHours overview = as(julien, () -> myHours.overview());
        long overviewMillis = (System.nanoTime() - started) / 1_000_000;
        long overviewStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        PeriodHours since = as(julien, () -> myHours.period(HoursPeriod.SINCE_ARRIVAL));
        long periodStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        as(julien, () -> myHours.line(lineId));
        long lineStatements = statistics.getPrepareStatementCount();

        System.out.printf("Mes heures: overview of %d lines in %d statements (%d ms); a period's sessions in %d; "
                + "one line in %d%n", overview.period(HoursPeriod.SINCE_ARRIVAL).lines().size(), overviewStatements,
                overviewMillis, periodStatements, lineStatements);
        assertEquals(24, since.totals().lines().size());
        assertEquals(1, since.disputed().size());
        assertEquals(3, overviewStatements, "detainee, lines, rates");
        assertEquals(4, periodStatements, "detainee, lines, rates, open disputes");
        assertEquals(1, lineStatements);
    }

    @Test
    void absences_countNoHours_andSayWhy() throws Exception {
        LocalDate day = today.minusDays(4);
        long session = session(workshop, at(day, 8), at(day, 8).plus(Duration.ofMinutes(210)));
        RollCall.Line line = AsStaff.call(chef, () -> rollCall.sheet(session)).lines().stream()
                .filter(l -> l.detaineeId() == julien.getId()).findFirst().orElseThrow();
        AsStaff.call(chef, () -> rollCall.markAbsent(line.attendanceId(), line.version(), AbsenceReason.SICK, null, null));

        AttendanceLine absent = as(julien, () -> myHours.line(line.attendanceId()));

        assertEquals(AttendanceStatus.ABSENT, absent.attendance());
        assertEquals(AbsenceReason.SICK, absent.absenceReason());
        assertEquals(0, absent.minutes());
        assertEquals(0, as(julien, () -> myHours.overview()).period(HoursPeriod.SINCE_ARRIVAL).workMinutes());
    }
}
