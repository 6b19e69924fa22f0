package fr.inserre.kiosk.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attestation.AttestationService;
import fr.inserre.kiosk.attestation.HoursAttestation;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The experiment's indicators on a data set whose figures are computed by hand below, and their
 * cost on a year of requests. Each test works in an establishment of its own.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {


    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(DashboardIT.class);
    }

    @Inject
    AsSystem system;

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
    RequestDesk desk;

    @Inject
    DashboardService dashboards;

    @Inject
    AttestationService attestations;

    @Inject
    TerminalService terminals;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Establishment establishment;
    private LocalDate today;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002", "A-003", "A-004");
        today = LocalDate.now(ClockProducer.ZONE);
    }

    private Detainee register(String cell) throws Exception {
        return TestDetainees.register(system, detainees, establishment.getId(), cell, today.minusMonths(2), null);
    }

    private Activity activity(ActivityKind kind, String title, int capacity, DayOfWeek day) throws Exception {
        boolean work = kind == ActivityKind.WORK;
        Activity activity = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(kind,
                work ? WorkType.WORKSHOP : null, title, null, null, "Salle " + title, capacity, null, today, null,
                work, work ? PayClass.PRODUCTION : null, null, null, 1)));
        system.call(() -> activities.addSlot(activity.getId(), SlotRule.weekly(day, LocalTime.of(9, 0),
                LocalTime.of(11, 0))));
        return activity;
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

    private Request enter(Detainee who, NewRequest wish) throws Exception {
        return system.call(() -> desk.enterOnBehalf(who.getId(), wish));
    }

    /** A workshop terminal of the establishment, as registered: waiting for its enrolment. */
    private Terminal terminal(int n) throws Exception {
        String code = "D" + establishment.getCode() + "-" + n;
        return system.call(() -> terminals.registerInRoom(code, TerminalKind.WORKSHOP, establishment.getId(),
                "Atelier " + n));
    }

    /** Puts the terminal in that enrolled status, last heard from at that instant (null: never). */
    private void enrolled(Terminal terminal, String status, Instant lastSeen) throws Exception {
        String secret = String.format("%064x", terminal.getId());
        if (lastSeen == null) {
            sql("update terminal set status = ?, secret_hash = ?, enrolled_at = utc_timestamp(6), "
                    + "enrolment_code_hash = null, enrolment_code_expires_at = null where id = ?", status, secret,
                    terminal.getId());
        } else {
            sql("update terminal set status = ?, secret_hash = ?, enrolled_at = utc_timestamp(6), "
                    + "enrolment_code_hash = null, enrolment_code_expires_at = null, last_seen_at = ? where id = ?",
                    status, secret, lastSeen, terminal.getId());
        }
    }

    /** Puts a decided request's submission and decision at known times: submitted 10 days ago, decided after {@code days}. */
    private void took(Request request, long days) throws Exception {
        Instant submitted = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));
        sql("update detainee_request set submitted_at = ?, decided_at = ? where id = ?", submitted,
                submitted.plus(Duration.ofDays(days)), request.getId());
    }

    /** A closed presence of {@code minutes} on that day at the activity, with its session. */
    private void presence(Activity activity, Detainee who, LocalDate day, int minutes) throws Exception {
        Instant start = day.atTime(9, 0).atZone(ClockProducer.ZONE).toInstant();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        transaction.begin();
        long session = TestRows.session(em, activity.getId(), start, end, "Salle");
        TestRows.presence(em, session, activity.getId(), who.getId(), start, end);
        transaction.commit();
    }

    @Test
    void weeklyHours_matchTheFiguresComputedByHand_andListWhoIsBelowTheTarget() throws Exception {
        Detainee julien = register("A-001");
        Detainee amine = register("A-002");
        Detainee sofia = register("A-003");
        Activity workshop = activity(ActivityKind.WORK, "Atelier", 10, DayOfWeek.MONDAY);
        Activity sport = activity(ActivityKind.SPORT_CULTURE, "Football", 10, DayOfWeek.FRIDAY);
        LocalDate first = today.minusWeeks(3).with(DayOfWeek.MONDAY);
        // Julien: 10 h then 15 h; Amine: 2 h the first week only; Sofia: sport only (not work or training).
        presence(workshop, julien, first, 600);
        presence(workshop, julien, first.plusWeeks(1).plusDays(2), 900);
        presence(workshop, amine, first.plusDays(1), 120);
        presence(sport, sofia, first.plusDays(4), 300);
        // A presence before the period's first complete week is not counted.
        presence(workshop, sofia, first.minusDays(1), 600);

        // The period starts on the Sunday before the first Monday: two complete weeks.
        Dashboard dashboard = system.call(() -> dashboards.indicators(establishment.getId(), first.minusDays(1),
                first.plusWeeks(2).minusDays(1), 10));
        WeeklyHours hours = dashboard.weeklyHours();

        assertEquals(first, hours.firstWeek());
        assertEquals(2, hours.weeks());
        assertEquals(List.of(3L, 1L, 0L, 2L, 0L, 0L), hours.buckets(), "0, 0, 0 | 2 h | 10 h, 15 h");
        assertEquals(0, hours.medianMinutes(), "0 0 0 120 600 900: third value");
        assertEquals(900, hours.p90Minutes());
        assertEquals(List.of(sofia.getId(), amine.getId()), hours.belowTarget().stream()
                .map(WeeklyHours.BelowTarget::detaineeId).toList(), "lowest average first");
        assertEquals(60, hours.belowTarget().get(1).averageMinutes());
        assertEquals(2, hours.belowTarget().get(0).zeroWeeks());
        assertEquals(0, dashboard.attestationsIssued());
        Dashboard stricter = system.call(() -> dashboards.indicators(establishment.getId(), first.minusDays(1),
                first.plusWeeks(2).minusDays(1), 13));
        assertEquals(3, stricter.weeklyHours().belowTarget().size(), "Julien averages 12 h 30");
        assertThrows(InvalidTargetHoursException.class, () -> system.call(() -> dashboards.indicators(
                establishment.getId(), first, first.plusWeeks(2), 0)));
    }

    @Test
    void indicators_matchTheFiguresComputedByHand_onAKnownDataSet() throws Exception {
        Detainee julien = register("A-001");
        Detainee amine = register("A-002");
        Detainee sofia = register("A-003");
        Detainee karim = register("A-004");
        Activity workshop = activity(ActivityKind.WORK, "Conditionnement", 10, DayOfWeek.MONDAY);
        Activity welding = activity(ActivityKind.VOCATIONAL_TRAINING, "Soudure", 1, DayOfWeek.TUESDAY);
        Activity safety = activity(ActivityKind.VOCATIONAL_TRAINING, "SST", 10, DayOfWeek.WEDNESDAY);
        Activity sport = activity(ActivityKind.SPORT_CULTURE, "Football", 20, DayOfWeek.THURSDAY);
        // Julien works, Amine trains; Sofia only plays sport, Karim finished his training today: both idle.
        system.call(() -> allocations.allocate(workshop.getId(), julien.getId(), today, null, null));
        system.call(() -> allocations.allocate(welding.getId(), amine.getId(), today, null, null));
        system.call(() -> allocations.allocate(sport.getId(), sofia.getId(), today, null, null));
        Allocation finished = system.call(() -> allocations.allocate(safety.getId(), karim.getId(), today, null, null));
        system.call(() -> allocations.end(finished.getId(), finished.getVersion(), today, AllocationEndReason.COMPLETED,
                null));
        // Three general requests decided after 1, 2 and 6 days (one refused), one still open and overdue.
        Request one = enter(julien, NewRequest.general(Team.GREFFE, "Ma date de sortie ?", "t1"));
        system.call(() -> desk.decide(one.getId(), one.getVersion(), Decision.answer("Le 3 mars.")));
        took(one, 1);
        Request two = enter(amine, NewRequest.general(Team.ACCOUNTS, "Mon solde ?", "t2"));
        system.call(() -> desk.decide(two.getId(), two.getVersion(), Decision.answer("42 euros.")));
        took(two, 2);
        Request six = enter(sofia, NewRequest.general(Team.DETENTION, "Changer de cellule", "t3"));
        system.call(() -> desk.decide(six.getId(), six.getVersion(), Decision.reject(RefusalReason.NOT_POSSIBLE, null)));
        took(six, 6);
        Request late = enter(karim, NewRequest.general(Team.SPIP, "Voir ma CPIP", "t4"));
        sql("update detainee_request set due_date = ? where id = ?", today.minusDays(1), late.getId());
        // Two training requests waitlisted for the full welding course, 4 and 2 days ago, decided at once.
        Request sofiaWelding = enter(sofia, NewRequest.training(welding.getId(), null, "t5"));
        Request karimWelding = enter(karim, NewRequest.training(welding.getId(), null, "t6"));
        system.call(() -> desk.decide(sofiaWelding.getId(), sofiaWelding.getVersion(), Decision.waitlist()));
        system.call(() -> desk.decide(karimWelding.getId(), karimWelding.getVersion(), Decision.waitlist()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sql("update detainee_request set submitted_at = ?, decided_at = ?, waitlisted_at = ? where id = ?",
                now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(4)),
                sofiaWelding.getId());
        sql("update detainee_request set submitted_at = ?, decided_at = ?, waitlisted_at = ? where id = ?",
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)),
                karimWelding.getId());
        // Attestations: Julien's and Karim's issued today, Amine's 40 days ago (before the period).
        system.call(() -> attestations.issue(julien.getId(), today.minusMonths(2), today));
        system.call(() -> attestations.issue(karim.getId(), today.minusMonths(2), today));
        HoursAttestation before = system.call(() -> attestations.issue(amine.getId(), today.minusMonths(2), today));
        sql("update hours_attestation set issued_at = ? where id = ?", now.minus(Duration.ofDays(40)), before.getId());
        // Six terminals: one heard from just now, one silent for two days and one never heard from (both
        // offline), one in maintenance, one revoked, one still waiting for its enrolment.
        enrolled(terminal(1), "ACTIVE", now);
        enrolled(terminal(2), "ACTIVE", now.minus(Duration.ofDays(2)));
        enrolled(terminal(3), "ACTIVE", null);
        enrolled(terminal(4), "MAINTENANCE", now);
        sql("update terminal set status = 'REVOKED', revoked_at = utc_timestamp(6), enrolment_code_hash = null, "
                + "enrolment_code_expires_at = null where id = ?", terminal(5).getId());
        terminal(6);

        Dashboard dashboard = system.call(() -> dashboards.indicators(establishment.getId(), today.minusDays(29),
                today));

        assertEquals(4, dashboard.present());
        assertEquals(2, dashboard.withActivity());
        assertEquals(50.0, dashboard.occupationRate(), 0.001);
        assertEquals(List.of(sofia.getId(), karim.getId()).stream().sorted().toList(),
                dashboard.idle().stream().map(IdleDetainee::detaineeId).sorted().toList());
        assertEquals(Map.of(RequestType.GENERAL, 4L, RequestType.TRAINING_ENROLMENT, 2L), dashboard.submitted());
        ResponseTimes general = dashboard.responseTimes().get(RequestType.GENERAL);
        assertEquals(3, general.decided());
        assertEquals(Duration.ofDays(2), general.median());
        assertEquals(Duration.ofDays(6), general.p90(), "nearest rank ⌈0.9 × 3⌉ = 3rd value");
        assertEquals(5, dashboard.allResponseTimes().decided());
        assertEquals(Duration.ofDays(1), dashboard.allResponseTimes().median(), "0, 0, 1, 2, 6: 3rd value");
        assertEquals(1, dashboard.overdue());
        assertEquals(Map.of(RefusalReason.NOT_POSSIBLE, 1L), dashboard.refusals());
        assertEquals(20.0, dashboard.refusalRate(), 0.001);
        assertEquals(1, dashboard.waitingLists().size());
        WaitingList waiting = dashboard.waitingLists().get(0);
        assertEquals("Soudure", waiting.title());
        assertEquals(2, waiting.length());
        assertEquals(2, waiting.medianWait().toDays(), "2 and 4 days: the lower middle value");
        assertEquals(1, dashboard.trainingsCompleted());
        assertEquals(2, dashboard.attestationsIssued(), "Amine's was issued before the period");
        assertEquals(Map.of(FleetStatus.ONLINE, 1L, FleetStatus.OFFLINE, 2L, FleetStatus.MAINTENANCE, 1L,
                FleetStatus.REVOKED, 1L, FleetStatus.PENDING_ENROLMENT, 1L), dashboard.fleet());
    }

    @Test
    void directionOfAnotherEstablishment_cannotReadTheIndicators_andABackwardPeriodIsRefused() throws Exception {
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> dashboards.indicators(
                establishment.getId(), today.minusDays(7), today)));
        assertThrows(InvalidDashboardPeriodException.class, () -> system.call(() -> dashboards.indicators(
                establishment.getId(), today, today.minusDays(1))));
    }

    @Test
    void aYearOfRequests_costsAboutTenStatements_andIsComputedQuickly() throws Exception {
        Detainee julien = register("A-001");
        register("A-002");
        int perYear = 18_000;
        // 1,500 written requests a month (the pilot's figure): a third answered, a third refused, a third open.
        // Decided up to 8 hours after submission but never after now (a decision "tonight" fell outside the period
        // when the test ran after 16:00 UTC).
        sql("insert into detainee_request (version, establishment_id, detainee_id, type, team, status, any_work, "
                + "client_token, submitted_at, due_date, decided_at, reason_code, awaiting_answer, created_at, "
                + "created_by, updated_at, updated_by) "
                + "select 0, ?, ?, 'GENERAL', 'GREFFE', elt(1 + seq % 3, 'ANSWERED', 'REJECTED', 'SUBMITTED'), false, "
                + "concat('year-', seq), utc_timestamp() - interval (seq % 365) day, "
                + "date(utc_timestamp() - interval (seq % 365) day + interval 7 day), "
                + "if(seq % 3 = 2, null, least(utc_timestamp(), utc_timestamp() - interval (seq % 365) day "
                + "+ interval (seq % 9) hour)), "
                + "if(seq % 3 = 1, 'NOT_POSSIBLE', null), false, utc_timestamp(), 'test', utc_timestamp(), 'test' "
                + "from seq_1_to_" + perYear, establishment.getId(), julien.getId());
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        system.call(() -> dashboards.indicators(establishment.getId(), today.minusDays(364), today));
        statistics.clear();
        long start = System.nanoTime();

        Dashboard year = system.call(() -> dashboards.indicators(establishment.getId(), today.minusDays(364), today));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("Dashboard over a year of %d requests: %d statements, %d ms%n", perYear, statements, millis);
        assertEquals(perYear, year.submittedTotal());
        assertEquals(2 * perYear / 3, year.allResponseTimes().decided());
        assertTrue(statements <= 12, () -> statements + " statements");
    }
}
