package fr.inserre.kiosk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans, in the database of a running server, the shift one run plays in the generated establishments
 * ({@link Shift}), just before the run, in one transaction per establishment:
 * <ol>
 * <li>presences left open by an interrupted run are closed (a correction, with its entry), so that nobody is
 * still clocked in;</li>
 * <li>each workshop (a WORK activity with a clock point) gets one workshop terminal per {@code queue} workers
 * allocated to it ({@code BORNE-BN001-PT<activity id>-<n>}, enrolled with the benchmark's derived secret,
 * clocking for that activity only; made once, kept for later runs);</li>
 * <li>each workshop gets a session from a minute after planning (clock-ins before it are within the
 * establishment's tolerance, {@code clock_in_early_minutes}) to half an hour after the run's planned end (a
 * loaded server may fall behind; "Je termine" is accepted before a session's end, a clock-in only until it); any
 * other session of that workshop that would also accept a clock-in during the run (a slot's session of the
 * day, the previous run's) is cancelled, since a clock-in goes to the earliest session open and a person
 * clocks in only once per session;</li>
 * <li>the supervisor's roll-call sheet: a session of the activity the supervisor leads without a clock point
 * (the sport), ended ten minutes before planning, so that the presences recorded are closed.</li>
 * </ol>
 * Benchmark data only (establishments BN...): never run against a real database.
 */
final class ShiftPlanner {

    static final Duration START_AFTER = Duration.ofMinutes(1);
    static final Duration END_MARGIN = Duration.ofMinutes(30);
    static final Duration ROLL_CALL_LENGTH = Duration.ofMinutes(90);
    static final Duration ROLL_CALL_ENDED = Duration.ofMinutes(10);
    static final String BY = "benchmark";
    static final String SUPERVISOR = "surveillant";

    private final Connection db;
    private final Instant now;
    private final Instant start;
    private final Instant end;
    private final int queue;

    ShiftPlanner(Connection db, Instant now, Duration run, int queue) {
        this.db = db;
        this.now = now;
        this.start = now.plus(START_AFTER);
        this.end = now.plus(run).plus(END_MARGIN);
        this.queue = queue;
    }

    Shift plan(int establishments) throws SQLException {
        List<Shift.Terminal> terminals = new ArrayList<>();
        List<Shift.RollCall> rollCalls = new ArrayList<>();
        for (int e = 1; e <= establishments; e++) {
            long began = System.nanoTime();
            db.setAutoCommit(false);
            try {
                String code = GeneratedPopulation.code(e);
                long id = establishmentId(code);
                int closed = closeOpenPresences(id);
                List<Shift.Terminal> mine = workshops(id, code);
                Shift.RollCall rollCall = rollCall(id, code);
                if (rollCall != null) {
                    rollCalls.add(rollCall);
                }
                terminals.addAll(mine);
                db.commit();
                System.out.printf("Shift: %s in %d ms: %d workshop terminals, %d workers, roll-call session %s,"
                        + " %d open presences closed%n", code, (System.nanoTime() - began) / 1_000_000, mine.size(),
                        mine.stream().mapToInt(t -> t.badges().size()).sum(),
                        rollCall == null ? "none" : rollCall.session(), closed);
            } catch (SQLException | RuntimeException ex) {
                db.rollback();
                throw ex;
            } finally {
                db.setAutoCommit(true);
            }
        }
        return new Shift(now, start, end, establishments, queue, terminals, rollCalls);
    }

    private long establishmentId(String code) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select id from establishment where code = ?")) {
            find.setString(1, code);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Shift: no establishment " + code + " (generate it first)");
                }
                return rs.getLong(1);
            }
        }
    }

    /** Closes at the session's end (or now) every presence of the establishment still open, with its entry. */
    private int closeOpenPresences(long id) throws SQLException {
        String closeAt = "greatest(r.present_from, least(s.end_at, ?))";
        String open = " from attendance r join activity_session s on s.id = r.session_id where r.establishment_id = ?"
                + " and r.status = 'PRESENT' and r.present_to is null";
        update("insert into attendance_entry (attendance_id, revision, status, present_from, present_to, minutes, source,"
                + " recorded_at, recorded_by, why) select r.id, r.revision + 1, 'PRESENT', r.present_from, " + closeAt + ","
                + " timestampdiff(minute, r.present_from, " + closeAt + "), 'CORRECTION', ?, ?,"
                + " 'Banc d''essai : présence laissée ouverte par un passage interrompu'" + open,
                utc(now), utc(now), utc(now), BY, id);
        return update("update attendance r join activity_session s on s.id = r.session_id set r.present_to = " + closeAt
                + ", r.minutes = timestampdiff(minute, r.present_from, " + closeAt + "), r.source = 'CORRECTION',"
                + " r.revision = r.revision + 1, r.version = r.version + 1, r.updated_at = ?, r.updated_by = ?"
                + " where r.establishment_id = ? and r.status = 'PRESENT' and r.present_to is null",
                utc(now), utc(now), utc(now), BY, id);
    }

    /** The workshops' terminals (made when missing) and sessions of this shift, and who queues where. */
    private List<Shift.Terminal> workshops(long id, String code) throws SQLException {
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<String>> workers = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.ofInstant(now, GenerateEstablishments.ZONE);
        try (PreparedStatement read = db.prepareStatement("select a.id, a.title, c.badge_number from activity a"
                + " left join allocation al on al.activity_id = a.id and al.status = 'ACTIVE' and al.from_date <= ?"
                + " and (al.until_date is null or al.until_date >= ?)"
                + " left join detainee d on d.id = al.detainee_id and d.status = 'PRESENT'"
                + " left join detainee_credential c on c.detainee_id = d.id"
                + " where a.establishment_id = ? and a.kind = 'WORK' and (a.end_date is null or a.end_date >= ?)"
                + " and exists (select 1 from clock_point p where p.activity_id = a.id)"
                + " order by a.id, c.badge_number")) {
            read.setObject(1, today);
            read.setObject(2, today);
            read.setLong(3, id);
            read.setObject(4, today);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long activity = rs.getLong(1);
                    titles.put(activity, rs.getString(2));
                    List<String> queueOf = workers.computeIfAbsent(activity, k -> new ArrayList<>());
                    String badge = rs.getString(3);
                    if (badge != null && seen.add(badge)) { // one workshop per person
                        queueOf.add(badge);
                    }
                }
            }
        }
        List<Shift.Terminal> terminals = new ArrayList<>();
        for (Map.Entry<Long, List<String>> workshop : workers.entrySet()) {
            long activity = workshop.getKey();
            List<String> badges = workshop.getValue();
            for (int n = 1; (n - 1) * queue < badges.size(); n++) {
                String terminal = "BORNE-" + code + "-PT" + activity + "-" + n;
                ensureTerminal(id, terminal, activity, titles.get(activity) + ", borne de pointage " + n);
                terminals.add(new Shift.Terminal(terminal, titles.get(activity),
                        badges.subList((n - 1) * queue, Math.min(badges.size(), n * queue))));
            }
            plannedSession(activity);
        }
        return terminals;
    }

    private void ensureTerminal(long establishment, String code, long activity, String location) throws SQLException {
        update("insert into terminal (code, kind, location, establishment_id, status, secret_hash, enrolled_at, created_at,"
                + " created_by, updated_at, updated_by) select ?, 'WORKSHOP', ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ? from dual"
                + " where not exists (select 1 from terminal where code = ?)", code, location, establishment,
                GeneratedPopulation.secretHash(code), utc(now), utc(now), BY, utc(now), BY, code);
        update("insert into clock_point (terminal_id, activity_id, created_at, created_by, updated_at, updated_by)"
                + " select t.id, ?, ?, ?, ?, ? from terminal t where t.code = ? and not exists (select 1 from clock_point p"
                + " where p.terminal_id = t.id and p.activity_id = ?)", activity, utc(now), BY, utc(now), BY, code,
                activity);
    }

    /** The workshop's session of this shift, alone to accept a clock-in during the run. */
    private void plannedSession(long activity) throws SQLException {
        Instant latestStart = end.plus(Duration.ofMinutes(policyTolerance(activity)));
        update("update activity_session set state = 'CANCELLED', reason = 'Banc d''essai : remplacée par la séance du"
                + " passage', version = version + 1, updated_at = ?, updated_by = ? where activity_id = ?"
                + " and state <> 'CANCELLED' and start_at <= ? and end_at > ?", utc(now), BY, activity, utc(latestStart),
                utc(now));
        update("insert into activity_session (activity_id, slot_id, session_date, start_at, end_at, place, state,"
                + " created_at, created_by, updated_at, updated_by) select id, null, ?, ?, ?, coalesce(place, title),"
                + " 'PLANNED', ?, ?, ?, ? from activity where id = ?", LocalDate.ofInstant(start, GenerateEstablishments.ZONE),
                utc(start), utc(end), utc(now), BY, utc(now), BY, activity);
    }

    private long policyTolerance(long activity) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("select coalesce(max(p.clock_in_early_minutes), 15) from activity a"
                + " left join attendance_policy p on p.establishment_id = a.establishment_id where a.id = ?")) {
            read.setLong(1, activity);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A session, ended before the run, of the first activity led by the establishment's supervisor that has no
     * clock point (the sport): its roll-call is the supervisor's to take. Null when there is none.
     */
    private Shift.RollCall rollCall(long id, String code) throws SQLException {
        String login = code.toLowerCase() + "." + SUPERVISOR;
        Instant to = now.minus(ROLL_CALL_ENDED);
        Instant from = to.minus(ROLL_CALL_LENGTH);
        LocalDate day = LocalDate.ofInstant(from, GenerateEstablishments.ZONE);
        try (PreparedStatement insert = db.prepareStatement("insert into activity_session (activity_id, slot_id,"
                + " session_date, start_at, end_at, place, state, created_at, created_by, updated_at, updated_by)"
                + " select a.id, null, ?, ?, ?, coalesce(a.place, a.title), 'PLANNED', ?, ?, ?, ? from activity a"
                + " join staff_member m on m.id = a.staff_in_charge_id and m.login = ? where a.establishment_id = ?"
                + " and not exists (select 1 from clock_point p where p.activity_id = a.id) order by a.id limit 1",
                Statement.RETURN_GENERATED_KEYS)) {
            Object[] values = {day, utc(from), utc(to), utc(now), BY, utc(now), BY, login, id};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            if (insert.executeUpdate() == 0) {
                return null;
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Shift.RollCall(login, "inserre-" + SUPERVISOR, keys.getLong(1), day);
            }
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** A UTC instant as the application stores it (DATETIME in UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
