package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.RequestTerminal;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsDirection;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Concurrently;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
 * Attendance on the real EAR and a real MariaDB: clock-in and out at a workshop terminal with every
 * refusal (kept and audited though the tap is refused), the roll-call by the session's lead, weekly
 * validation locked and reopened by a correction with an audit record, the direction's override of
 * the limits, the anomalies and the read API's statement counts. Each test works in an establishment
 * of its own with its workshop, terminal and sessions written at the instants it needs.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AttendanceIT.class, AsStaff.class, AsDirection.class, Concurrently.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsDirection direction;

    @Inject
    AsDemoDirection demoDirection;

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
    TerminalService terminals;

    @Inject
    AttendanceSettings settings;

    @Inject
    ClockService clock;

    @Inject
    RollCallService rollCall;

    @Inject
    TimesheetService timesheets;

    @Inject
    AnomalyService anomalies;

    @Inject
    AttendanceLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    RequestTerminal requestTerminal;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Detainee julien;
    private Detainee amine;
    private Detainee karim;
    private Activity workshop;
    private Terminal terminal;
    private SecurityIdentity lead;
    private SecurityIdentity otherSupervisor;

    @BeforeEach
    void ownWorkshop() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002", "A-003");
        julien = register("A-001");
        amine = register("A-002");
        karim = register("A-003");
        String suffix = String.valueOf(SEQUENCE.incrementAndGet()) + establishment.getCode().toLowerCase();
        StaffMember chef = system.call(() -> staff.create(establishment.getId(), "chef" + suffix, "Laurent", "Masson",
                java.util.EnumSet.of(StaffRole.SUPERVISOR)));
        system.call(() -> staff.create(establishment.getId(), "surv" + suffix, "Paul", "Durand",
                java.util.EnumSet.of(StaffRole.SUPERVISOR)));
        lead = AsStaff.identity(chef.getLogin(), Roles.SUPERVISOR);
        otherSupervisor = AsStaff.identity("surv" + suffix, Roles.SUPERVISOR);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        workshop = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(ActivityKind.WORK,
                WorkType.WORKSHOP, "Atelier test", null, null, "Atelier 1", 10, chef.getId(), today.minusDays(30),
                null, true, PayClass.PRODUCTION, null, null, 1)));
        system.call(() -> allocations.allocate(workshop.getId(), julien.getId(), today.minusDays(20), null, null));
        system.call(() -> allocations.allocate(workshop.getId(), amine.getId(), today.minusDays(20), null, null));
        terminal = system.call(() -> terminals.registerInRoom("BORNE-" + establishment.getCode() + "-ATL",
                TerminalKind.WORKSHOP, establishment.getId(), "Atelier 1"));
        system.call(() -> settings.bind(terminal.getId(), workshop.getId()));
        requestTerminal.setCode(terminal.getCode());
    }

    private Detainee register(String cell) throws Exception {
        return TestDetainees.register(system, detainees, establishment.getId(), cell,
                LocalDate.now(ClockProducer.ZONE).minusMonths(2), null);
    }

    /** A session of the workshop at these instants, written directly (the planner never plans the past). */
    private long session(Instant start, Instant end) throws Exception {
        transaction.begin();
        em.joinTransaction();
        long id = TestRows.session(em, workshop.getId(), start, end, "Atelier 1");
        transaction.commit();
        return id;
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

    private static Instant ago(Duration duration) {
        return Instant.now().minus(duration);
    }

    private static Instant in(Duration duration) {
        return Instant.now().plus(duration);
    }

    private <T> T as(Detainee detainee, Callable<T> work) throws Exception {
        return AsDetainee.call(detainee.getId(), work);
    }

    private List<ClockEvent> events(Detainee detainee) {
        return em.createQuery("select e from ClockEvent e where e.detaineeId = :d order by e.id", ClockEvent.class)
                .setParameter("d", detainee.getId()).getResultList();
    }

    private Attendance attendance(long sessionId, Detainee detainee) {
        return em.createNamedQuery("Attendance.findBySessionAndDetainee", Attendance.class)
                .setParameter("sessionId", sessionId).setParameter("detaineeId", detainee.getId()).getSingleResult();
    }

    private List<String> actions(String entity, long id) throws Exception {
        return system.call(() -> audit.forEntity(entity, id)).stream().map(AuditRecord::getAction).toList();
    }

    // Clock-in and out

    @Test
    void clockInThenOut_atTheWorkshopTerminal_recordsThePresence_keepsBothTaps_andAuditsThem() throws Exception {
        long session = session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));

        ClockResult in = as(julien, () -> clock.clockIn());
        ClockState state = as(julien, () -> clock.state());
        ClockResult out = as(julien, () -> clock.clockOut());

        assertEquals("Atelier test", in.activityTitle());
        assertTrue(state.clockedIn());
        assertEquals("Atelier test", state.activityTitle());
        assertEquals(ClockKind.OUT, out.kind());
        assertFalse(out.flagged());
        Attendance recorded = attendance(session, julien);
        assertEquals(AttendanceStatus.PRESENT, recorded.getStatus());
        assertEquals(in.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                recorded.getPresentFrom().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertNotNull(recorded.getPresentTo());
        assertEquals(EntrySource.BADGE, recorded.getSource());
        assertEquals(2, recorded.getRevision());
        assertEquals(List.of(ClockOutcome.ACCEPTED, ClockOutcome.ACCEPTED),
                events(julien).stream().map(ClockEvent::getOutcome).toList());
        List<AuditRecord> trail = system.call(() -> audit.forEntity("Attendance", recorded.getId()));
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("attendance.clock.in")
                && terminal.getCode().equals(r.getTerminalCode())), trail::toString);
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("attendance.clock.out")));
        assertFalse(as(julien, () -> clock.state()).clockedIn());
    }

    @Test
    void clockOuts_ofOneWorkshopAtTheSameInstant_allGoThrough() throws Exception {
        long session = session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));
        system.call(() -> allocations.allocate(workshop.getId(), karim.getId(), LocalDate.now(ClockProducer.ZONE)
                .minusDays(20), null, null));
        List<Detainee> workers = List.of(julien, amine, karim);
        for (Detainee worker : workers) {
            as(worker, () -> clock.clockIn());
        }

        // The clock-out burst at the end of a session (the benchmark's: one deadlock in 408 clock-outs when the
        // lock of the open presence also locked its session's and activity's rows).
        List<Object> outcomes = Concurrently.together(workers.stream().map(this::clockOutAtTheTerminal).toList());

        outcomes.forEach(outcome -> assertInstanceOf(ClockResult.class, outcome, () -> String.valueOf(outcome)));
        for (Detainee worker : workers) {
            assertNotNull(attendance(session, worker).getPresentTo(), worker.getLastName());
        }
    }

    /** "Je termine" on a thread of its own, at the workshop's terminal (a request of its own). */
    private Callable<Object> clockOutAtTheTerminal(Detainee worker) {
        String code = terminal.getCode();
        return () -> {
            RequestContextController context = CDI.current().select(RequestContextController.class).get();
            context.activate();
            try {
                requestTerminal.setCode(code);
                return as(worker, () -> clock.clockOut());
            } finally {
                context.deactivate();
            }
        };
    }

    @Test
    void clockOut_withoutClockIn_isRefused_andTheTapIsKeptAndAudited() throws Exception {
        session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));

        assertThrows(NotClockedInException.class, () -> as(julien, () -> clock.clockOut()));

        List<ClockEvent> kept = events(julien);
        assertEquals(1, kept.size());
        assertEquals(ClockOutcome.REFUSED, kept.get(0).getOutcome());
        assertEquals("attendance.clock.notIn", kept.get(0).getRefusal());
        assertEquals(terminal.getId(), kept.get(0).getTerminalId());
        assertEquals(1L, em.createQuery("select count(a) from AuditRecord a where a.action = 'attendance.clock.out' "
                + "and a.outcome = :refused and a.actor = :who", Long.class).setParameter("refused", AuditOutcome.REFUSED)
                .setParameter("who", "detainee:" + julien.getId()).getSingleResult());
    }

    @Test
    void secondClockIn_isRefused_namingTheActivityAndTheFirstTime() throws Exception {
        session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));
        as(julien, () -> clock.clockIn());

        AlreadyClockedInException refused = assertThrows(AlreadyClockedInException.class,
                () -> as(julien, () -> clock.clockIn()));

        assertEquals("Atelier test", refused.getArguments().get(0));
        assertEquals(List.of(ClockOutcome.ACCEPTED, ClockOutcome.REFUSED),
                events(julien).stream().map(ClockEvent::getOutcome).toList());
    }

    @Test
    void clockIn_withoutASessionNow_isRefused_andWithinTheToleranceBeforeTheStart_isAccepted() throws Exception {
        session(in(Duration.ofMinutes(40)), in(Duration.ofHours(3)));

        assertThrows(NoSessionNowException.class, () -> as(julien, () -> clock.clockIn()));

        session(in(Duration.ofMinutes(10)), in(Duration.ofHours(3)).plusSeconds(60));
        assertEquals("Atelier test", as(julien, () -> clock.clockIn()).activityTitle());
    }

    @Test
    void clockIn_whereTheDetaineeIsNotAllocated_isRefused_andShowsAmongTheAnomalies() throws Exception {
        session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));

        NotAllocatedHereException refused = assertThrows(NotAllocatedHereException.class,
                () -> as(karim, () -> clock.clockIn()));

        assertEquals("Atelier test", refused.getArguments().get(0));
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        List<Anomaly> found = AsStaff.call(lead, () -> anomalies.between(establishment.getId(), today, today));
        assertTrue(found.stream().anyMatch(a -> a.kind() == Anomaly.Kind.REFUSED_CLOCK && a.detaineeId() == karim.getId()
                && "attendance.clock.notAllocated".equals(a.detail())), found::toString);
    }

    @Test
    void clockIn_atATerminalThatIsNotAWorkshop_isRefused() throws Exception {
        session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));
        requestTerminal.setCode(null);

        assertThrows(NotAWorkshopTerminalException.class, () -> as(julien, () -> clock.clockIn()));

        Terminal espace = system.call(() -> terminals.registerInRoom("BORNE-" + establishment.getCode() + "-EC",
                TerminalKind.CITIZEN_SPACE, establishment.getId(), "Espace citoyen"));
        requestTerminal.setCode(espace.getCode());
        assertThrows(NotAWorkshopTerminalException.class, () -> as(julien, () -> clock.clockIn()));
        assertEquals(2, events(julien).size());
    }

    @Test
    void clockOut_makingTheSessionOverTenHours_isRecordedButFlagged() throws Exception {
        long session = session(ago(Duration.ofHours(11)), in(Duration.ofHours(1)));
        as(julien, () -> clock.clockIn());
        // The detainee clocked in eleven hours ago.
        sql("update attendance set present_from = ?1 where session_id = ?2", ago(Duration.ofMinutes(11 * 60 + 5)),
                session);

        ClockResult out = as(julien, () -> clock.clockOut());

        assertTrue(out.flagged());
        assertTrue(out.minutes() > 600, () -> out.minutes() + " min");
        assertTrue(attendance(session, julien).isLongSession());
        assertEquals(ClockOutcome.FLAGGED, events(julien).get(1).getOutcome());
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertTrue(AsStaff.call(lead, () -> anomalies.between(establishment.getId(), today.minusDays(1), today))
                .stream().anyMatch(a -> a.kind() == Anomaly.Kind.LONG_SESSION && a.detaineeId() == julien.getId()));
    }

    // Roll-call

    @Test
    void rollCall_byTheLead_defaultsFromTheBadge_andRecordsAbsences_whileOtherSupervisorsAreRefused() throws Exception {
        long session = session(ago(Duration.ofMinutes(45)), in(Duration.ofHours(2)));
        ClockResult in = as(julien, () -> clock.clockIn());

        RollCall sheet = AsStaff.call(lead, () -> rollCall.sheet(session));

        assertEquals(2, sheet.lines().size());
        RollCall.Line julienLine = sheet.lines().stream().filter(l -> l.detaineeId() == julien.getId()).findFirst()
                .orElseThrow();
        RollCall.Line amineLine = sheet.lines().stream().filter(l -> l.detaineeId() == amine.getId()).findFirst()
                .orElseThrow();
        assertTrue(julienLine.open());
        assertEquals(in.at().getEpochSecond(), julienLine.defaultFrom().getEpochSecond());
        assertNull(julienLine.defaultTo(), "the session goes on: no end yet");
        assertEquals(AttendanceStatus.EXPECTED, amineLine.status());

        assertThrows(NotYourSessionException.class, () -> AsStaff.call(otherSupervisor, () -> rollCall.sheet(session)));
        assertThrows(NotYourSessionException.class, () -> AsStaff.call(otherSupervisor,
                () -> rollCall.markAbsent(amineLine.attendanceId(), amineLine.version(), AbsenceReason.SICK, null, null)));
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> rollCall.sheet(session)));

        AsStaff.call(lead, () -> rollCall.markAbsent(amineLine.attendanceId(), amineLine.version(), AbsenceReason.SICK,
                null, null));
        Attendance present = AsStaff.call(lead, () -> rollCall.markPresent(julienLine.attendanceId(),
                julienLine.version(), null, null, null));

        assertEquals(AttendanceStatus.ABSENT, attendance(session, amine).getStatus());
        assertEquals(AbsenceReason.SICK, attendance(session, amine).getAbsenceReason());
        assertEquals(in.at().getEpochSecond(), present.getPresentFrom().getEpochSecond());
        assertThrows(ChangedMeanwhileException.class, () -> AsStaff.call(lead, () -> rollCall.markAbsent(
                amineLine.attendanceId(), amineLine.version(), AbsenceReason.REFUSED, null, "x")));
        assertTrue(actions("Attendance", amineLine.attendanceId()).contains("attendance.rollcall.absent"));
    }

    @Test
    void rollCall_beforeTheSessionStarts_isRefused() throws Exception {
        long session = session(in(Duration.ofHours(1)), in(Duration.ofHours(3)));
        RollCall sheet = AsStaff.call(lead, () -> rollCall.sheet(session));
        RollCall.Line line = sheet.lines().get(0);

        assertFalse(sheet.started());
        assertThrows(SessionNotStartedException.class, () -> AsStaff.call(lead,
                () -> rollCall.markPresent(line.attendanceId(), line.version(), null, null, null)));
    }

    // Timesheets

    private Instant yesterdayAt(int hour, int minute) {
        return ZonedDateTime.of(LocalDate.now(ClockProducer.ZONE).minusDays(1), LocalTime.of(hour, minute),
                ClockProducer.ZONE).toInstant();
    }

    @Test
    void validatedWeek_isLocked_andACorrectionReopensItWithAnAuditRecord() throws Exception {
        long session = session(yesterdayAt(8, 0), yesterdayAt(11, 30));
        LocalDate week = WorkedTime.weekStart(LocalDate.now(ClockProducer.ZONE).minusDays(1));
        RollCall.Line line = AsStaff.call(lead, () -> rollCall.sheet(session)).lines().stream()
                .filter(l -> l.detaineeId() == julien.getId()).findFirst().orElseThrow();
        AsStaff.call(lead, () -> rollCall.markPresent(line.attendanceId(), line.version(), null, null, null));

        Timesheet validated = AsStaff.call(lead, () -> timesheets.validate(julien.getId(), workshop.getId(), week, -1,
                null));

        assertEquals(TimesheetStatus.VALIDATED, validated.getStatus());
        assertEquals(210, validated.getValidatedMinutes());
        assertThrows(ChangedMeanwhileException.class, () -> AsStaff.call(lead,
                () -> timesheets.validate(julien.getId(), workshop.getId(), week, -1, null)));
        assertThrows(TimesheetAlreadyValidatedException.class, () -> AsStaff.call(lead,
                () -> timesheets.validate(julien.getId(), workshop.getId(), week, validated.getVersion(), null)));
        AttendanceLines lines = AsStaff.call(lead, () -> ledger.of(julien.getId(), week, week.plusDays(6)));
        assertEquals(LineStatus.VALIDATED, lines.lines().stream().filter(l -> l.sessionId() == session).findFirst()
                .orElseThrow().status());

        Attendance current = attendance(session, julien);
        assertThrows(CorrectionReasonRequiredException.class, () -> AsStaff.call(lead, () -> rollCall.markAbsent(
                current.getId(), current.getVersion(), AbsenceReason.CALLED_TO_APPOINTMENT, null, null)));
        AsStaff.call(lead, () -> rollCall.markAbsent(current.getId(), current.getVersion(),
                AbsenceReason.CALLED_TO_APPOINTMENT, null, "Appelé au greffe à 8 h"));

        TimesheetWeek reopened = AsStaff.call(lead, () -> timesheets.week(julien.getId(), workshop.getId(), week));
        assertEquals(TimesheetStatus.OPEN, reopened.status());
        assertEquals("Appelé au greffe à 8 h", reopened.reopenReason());
        List<AuditRecord> trail = system.call(() -> audit.forEntity("Timesheet", validated.getId()));
        assertTrue(trail.stream().anyMatch(r -> r.getAction().equals("attendance.timesheet.reopen")
                && r.getDetail().contains("Appelé au greffe")), trail::toString);
        assertTrue(actions("Attendance", current.getId()).contains("attendance.correct"));
        List<AttendanceEntry> history = AsStaff.call(lead, () -> rollCall.history(current.getId()));
        assertEquals(List.of(EntrySource.CORRECTION, EntrySource.ROLL_CALL),
                history.stream().map(AttendanceEntry::getSource).toList());
        assertEquals(210, history.get(1).getMinutes(), "the former version is kept as it was");
        assertEquals(LineStatus.PENDING, AsStaff.call(lead, () -> ledger.of(julien.getId(), week, week.plusDays(6)))
                .lines().stream().filter(l -> l.sessionId() == session).findFirst().orElseThrow().status());
    }

    @Test
    void weekOverTheLimits_needsTheDirectionAndAReason() throws Exception {
        long session = session(yesterdayAt(6, 0), yesterdayAt(17, 30));
        LocalDate week = WorkedTime.weekStart(LocalDate.now(ClockProducer.ZONE).minusDays(1));
        RollCall.Line line = AsStaff.call(lead, () -> rollCall.sheet(session)).lines().stream()
                .filter(l -> l.detaineeId() == julien.getId()).findFirst().orElseThrow();
        AsStaff.call(lead, () -> rollCall.markPresent(line.attendanceId(), line.version(), null, null, null));

        TimesheetWeek shown = AsStaff.call(lead, () -> timesheets.week(julien.getId(), workshop.getId(), week));
        assertTrue(shown.overLimits());
        assertEquals(LimitViolation.Kind.DAY, shown.violations().get(0).kind());
        assertThrows(LimitsExceededException.class, () -> AsStaff.call(lead,
                () -> timesheets.validate(julien.getId(), workshop.getId(), week, -1, "Inventaire annuel")));
        assertThrows(OverrideReasonRequiredException.class, () -> direction.call(
                () -> timesheets.validate(julien.getId(), workshop.getId(), week, -1, " ")));

        Timesheet overridden = direction.call(() -> timesheets.validate(julien.getId(), workshop.getId(), week, -1,
                "Inventaire annuel, accord de l'inspection du travail"));

        assertTrue(overridden.isValidated());
        assertEquals("Inventaire annuel, accord de l'inspection du travail", overridden.getOverrideReason());
        assertTrue(actions("Timesheet", overridden.getId()).contains("attendance.timesheet.override"));
        LocalDate yesterday = LocalDate.now(ClockProducer.ZONE).minusDays(1);
        assertTrue(AsStaff.call(lead, () -> anomalies.between(establishment.getId(), yesterday, yesterday)).stream()
                .anyMatch(a -> a.kind() == Anomaly.Kind.OVER_LIMITS && a.detaineeId() == julien.getId()));
    }

    @Test
    void validation_isRefused_whileAPresenceLacksItsEnd_andTheMissingClockOutIsAnAnomaly() throws Exception {
        long session = session(ago(Duration.ofMinutes(30)), in(Duration.ofHours(2)));
        as(julien, () -> clock.clockIn());
        // The session is over now, and Julien never tapped "Je termine".
        sql("update activity_session set start_at = ?1, end_at = ?2 where id = ?3", ago(Duration.ofHours(3)),
                ago(Duration.ofMinutes(10)), session);
        sql("update attendance set present_from = ?1 where session_id = ?2", ago(Duration.ofHours(3)), session);
        // The week of the attendance row as written (its session date stays that of the insert): three hours back
        // may be the previous week on a Monday before 03:00.
        LocalDate week = attendance(session, julien).getWeekStart();

        assertThrows(OpenPresenceException.class, () -> AsStaff.call(lead,
                () -> timesheets.validate(julien.getId(), workshop.getId(), week, -1, null)));
        LocalDate from = LocalDate.now(ClockProducer.ZONE).minusDays(1);
        List<Anomaly> found = AsStaff.call(lead, () -> anomalies.between(establishment.getId(), from, from.plusDays(1)));
        assertTrue(found.stream().anyMatch(a -> a.kind() == Anomaly.Kind.MISSING_CLOCK_OUT
                && a.detaineeId() == julien.getId()), found::toString);
        assertTrue(found.stream().anyMatch(a -> a.kind() == Anomaly.Kind.NOT_RECORDED && a.detaineeId() == amine.getId()),
                found::toString);
    }

    // Read API and lists

    @Test
    void monthSheets_countOnlyTheMonthsOwnDays_validatedAndPendingApart() throws Exception {
        YearMonth month = YearMonth.now(ClockProducer.ZONE).minusMonths(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate earlier = last.minusDays(8);
        LocalDate nextMonth = last.plusDays(1);
        presence(last, 210);
        presence(earlier, 180);
        presence(nextMonth, 200);
        sql("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) values "
                + "(0, ?1, ?2, ?3, ?4, 'VALIDATED', 210, utc_timestamp(6), 'test', utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", establishment.getId(), julien.getId(), workshop.getId(),
                WorkedTime.weekStart(last));
        TimesheetFilter all = new TimesheetFilter(month.atDay(1), last, null, null, null);
        fr.inserre.kiosk.common.PageRequest page = new fr.inserre.kiosk.common.PageRequest(0, 25, "name", true);

        List<MonthSheetRow> rows = AsStaff.call(lead, () -> timesheets.monthSheets(establishment.getId(), month, all, page));

        assertEquals(1, rows.size(), rows::toString);
        MonthSheetRow sheet = rows.get(0);
        assertEquals(julien.getId(), sheet.detaineeId());
        assertEquals(390, sheet.minutes(), "the next month's day is not in this month, even in the same week");
        assertEquals(210, sheet.validatedMinutes());
        assertEquals(180, sheet.pendingMinutes());
        assertEquals(2, sheet.present());
        assertFalse(sheet.validated());
        assertEquals(1, AsStaff.call(lead, () -> timesheets.countMonthSheets(establishment.getId(), month, all)));
        TimesheetFilter open = new TimesheetFilter(month.atDay(1), last, null, null, TimesheetStatus.OPEN);
        TimesheetFilter validated = new TimesheetFilter(month.atDay(1), last, null, null, TimesheetStatus.VALIDATED);
        assertEquals(1, AsStaff.call(lead, () -> timesheets.monthSheets(establishment.getId(), month, open, page)).size());
        assertEquals(0, AsStaff.call(lead, () -> timesheets.countMonthSheets(establishment.getId(), month, validated)));
        assertEquals(200, AsStaff.call(lead, () -> timesheets.monthSheets(establishment.getId(), month.plusMonths(1),
                new TimesheetFilter(nextMonth, nextMonth.plusDays(1), null, null, null), page)).get(0).minutes());
        assertThrows(EJBAccessException.class, () -> AsStaff.call(AsStaff.identity("x", Roles.PARTNER),
                () -> timesheets.monthSheets(establishment.getId(), month, all, page)));
    }

    /** Julien present at the workshop from 08:00 for these minutes that day, written directly (a past session). */
    private void presence(LocalDate day, int minutes) throws Exception {
        Instant start = ZonedDateTime.of(day, LocalTime.of(8, 0), ClockProducer.ZONE).toInstant();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        transaction.begin();
        em.joinTransaction();
        long session = TestRows.session(em, workshop.getId(), start, end, "Atelier 1");
        TestRows.presence(em, session, workshop.getId(), julien.getId(), start, end);
        transaction.commit();
    }

    @Test
    void ledgerAndLists_costAFewStatements_whateverTheNumberOfLines() throws Exception {
        for (int day = 1; day <= 6; day++) {
            Instant start = ZonedDateTime.of(LocalDate.now(ClockProducer.ZONE).minusDays(day), LocalTime.of(8, 0),
                    ClockProducer.ZONE).toInstant();
            long session = session(start, start.plus(Duration.ofMinutes(210)));
            for (RollCall.Line line : AsStaff.call(lead, () -> rollCall.sheet(session)).lines()) {
                AsStaff.call(lead, () -> rollCall.markPresent(line.attendanceId(), line.version(), null, null, null));
            }
        }
        LocalDate to = LocalDate.now(ClockProducer.ZONE);
        LocalDate from = to.minusDays(7);
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        AttendanceLines mine = as(julien, () -> ledger.mine(from, to));
        long mineStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        Map<Long, AttendanceLines> all = AsStaff.call(lead, () -> ledger.ofEstablishment(establishment.getId(), from, to));
        long allStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        List<TimesheetRow> rows = AsStaff.call(lead, () -> timesheets.list(establishment.getId(),
                new TimesheetFilter(from, to, null, null, null), new fr.inserre.kiosk.common.PageRequest(0, 25, "name", true)));
        long count = AsStaff.call(lead, () -> timesheets.count(establishment.getId(),
                new TimesheetFilter(from, to, null, null, null)));
        long listStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        AsStaff.call(lead, () -> anomalies.between(establishment.getId(), from, to));
        long anomalyStatements = statistics.getPrepareStatementCount();

        System.out.printf("Attendance read API: mine %d lines in %d statements; establishment %d detainees in %d; "
                + "timesheet list %d rows + count %d in %d; anomalies in %d%n", mine.lines().size(), mineStatements,
                all.size(), allStatements, rows.size(), count, listStatements, anomalyStatements);
        assertEquals(6, mine.lines().size());
        assertEquals(6 * 210, mine.totalMinutes());
        assertEquals(6 * 210, mine.workMinutes());
        assertEquals(6 * 210, mine.pendingMinutes());
        assertEquals(1, mineStatements);
        assertEquals(2, all.size());
        assertTrue(allStatements <= 2, () -> allStatements + " statements");
        assertEquals(count, rows.size());
        assertTrue(listStatements <= 4, () -> listStatements + " statements");
        assertTrue(anomalyStatements <= 5, () -> anomalyStatements + " statements");
    }
}
