package fr.inserre.kiosk.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Creates the benchmark's establishments BN001 ... BN00N in the database of a running server (see
 * {@link GeneratedPopulation} for their names, benchmark/README.md for what and why), straight in SQL:
 * set-based INSERT ... SELECT over MariaDB's seq_0_to_N tables, and JDBC batches for the sessions (their
 * UTC times follow the Paris time zone's changes). Copies the demo establishment ARR's activities, slots,
 * staff accounts (same passwords) and workshop terminals, so the server must have loaded the demo once
 * (the README's run command). Each establishment is one transaction; one that exists already is left as
 * it is, so a larger N only adds the missing ones. Refuses to run on a database without the demo (not a
 * demo or benchmark database).
 * <p>
 * Then, before every run, it plans the run's shift ({@link ShiftPlanner}: workshop terminals and sessions, the
 * roll-call sheets) and writes it for the simulation ({@link Shift}).
 * <p>
 * Run by the benchmark profile before Gatling ({@code -Destablishments=N}), or alone:
 * {@code mvn -P benchmark -pl benchmark verify -Destablishments=3 -Dgatling.skip}.
 */
public final class GenerateEstablishments {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final String DEMO = "ARR";
    static final int HISTORY_DAYS = 364;
    static final int REQUESTS_PER_DETAINEE = 12;
    static final int NOTIFICATIONS_PER_DETAINEE = 24;

    private final Connection db;
    private final LocalDate today;
    private final String pinHash;
    private final long demoId;

    GenerateEstablishments(Connection db, LocalDate today, String pin) throws SQLException {
        this.db = db;
        this.today = today;
        this.pinHash = PinHash.of(pin);
        this.demoId = single("select id from establishment where code = '" + DEMO + "'");
    }

    public static void main(String[] args) throws Exception {
        Properties p = System.getProperties();
        int establishments = Integer.parseInt(p.getProperty("establishments", "0"));
        if (establishments <= 0) {
            System.out.println("Generator: no -Destablishments=N, nothing generated (the run plays the demo establishment)");
            return;
        }
        Map<String, String> env = System.getenv();
        String url = "jdbc:mariadb://" + env.getOrDefault("INSERRE_DB_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("INSERRE_DB_PORT", "3306") + "/" + env.getOrDefault("INSERRE_DB_NAME", "inserre");
        try (Connection db = DriverManager.getConnection(url, env.getOrDefault("INSERRE_DB_USER", "inserre"),
                env.getOrDefault("INSERRE_DB_PASSWORD", "inserre"))) {
            GenerateEstablishments generator = new GenerateEstablishments(db, LocalDate.now(ZONE),
                    p.getProperty("pin", BenchmarkSettings.DEFAULT_PIN));
            for (int e = 1; e <= establishments; e++) {
                generator.generate(e);
            }
            planShift(db, BenchmarkSettings.from(p), establishments);
        } catch (SQLException e) {
            throw new IllegalStateException("Generator: " + e.getMessage() + " on " + url
                    + " (set INSERRE_DB_HOST and INSERRE_DB_PORT to the server's database; the run command prints"
                    + " it as 'Database: inserre@127.0.0.1:<port>/inserre')", e);
        }
    }

    /**
     * Plans the run's shift in the generated establishments when the run plays one (workshop bursts or roll-calls)
     * and writes it where the simulation takes it ({@link Shift#takeFor}).
     */
    static void planShift(Connection db, BenchmarkSettings settings, int establishments) throws SQLException, IOException {
        if (!settings.playsShift()) {
            return;
        }
        Shift shift = new ShiftPlanner(db, Instant.now(), settings.ramp().plus(settings.duration()),
                settings.workshopQueue()).plan(establishments);
        Path file = Shift.targetFolder().resolve(Shift.FILE);
        shift.write(file);
        System.out.printf("Shift: %d workshop terminals, %d workers, sessions %s to %s, %d roll-call sheets: %s%n",
                shift.terminals().size(), shift.workers(), shift.start(), shift.end(), shift.rollCalls().size(), file);
    }

    void generate(int number) throws SQLException {
        String code = GeneratedPopulation.code(number);
        try (PreparedStatement find = db.prepareStatement("select id from establishment where code = ?")) {
            find.setString(1, code);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    System.out.println("Generator: " + code + " exists, left as it is");
                    return;
                }
            }
        }
        long began = System.nanoTime();
        db.setAutoCommit(false);
        try {
            long id = establishment(number, code);
            int detainees = people(number, id, code);
            staffAndActivities(id, code);
            int allocations = allocations(id);
            int sessions = sessions(id);
            int attendances = attendance(id);
            int requests = requests(id);
            int notifications = notifications(id);
            update("insert into audit_record (at, actor, actor_kind, action, entity_type, entity_id, outcome, detail) "
                    + "values (utc_timestamp(6), 'system', 'SYSTEM', 'benchmark.generate', 'Establishment', ?, 'SUCCESS', ?)",
                    id, "benchmark establishment " + code + ": " + detainees + " detainees, " + sessions + " sessions, "
                    + attendances + " attendances, " + requests + " requests");
            db.commit();
            System.out.printf("Generator: %s in %d ms: %d detainees, %d allocations, %d sessions, %d attendances,"
                    + " %d requests, %d notifications%n", code, (System.nanoTime() - began) / 1_000_000, detainees,
                    allocations, sessions, attendances, requests, notifications);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private long establishment(int number, String code) throws SQLException {
        update("insert into establishment (code, name, capacity, kiosk_idle_seconds, created_at, created_by, updated_at,"
                + " updated_by) select ?, ?, ?, kiosk_idle_seconds, utc_timestamp(6), 'system', utc_timestamp(6), 'system'"
                + " from establishment where id = ?", code, "Banc d'essai " + number, GeneratedPopulation.CELLS, demoId);
        long id = single("select id from establishment where code = '" + code + "'");
        update("insert into establishment_holiday (establishment_id, holiday_date, label) select ?, holiday_date, label"
                + " from establishment_holiday where establishment_id = ?", id, demoId);
        update("insert into attendance_policy (establishment_id, max_day_minutes, max_week_minutes, min_rest_days,"
                + " clock_in_early_minutes, long_session_minutes, created_at, created_by, updated_at, updated_by)"
                + " select ?, max_day_minutes, max_week_minutes, min_rest_days, clock_in_early_minutes, long_session_minutes,"
                + " utc_timestamp(6), 'system', utc_timestamp(6), 'system' from attendance_policy where establishment_id = ?",
                id, demoId);
        // 200 cells, A-001 to D-050, each with its enrolled terminal (secret derived from the code, see GeneratedPopulation)
        update("insert into cell (establishment_id, label, created_at, created_by, updated_at, updated_by)"
                + " select ?, concat(elt(1 + seq div 50, 'A', 'B', 'C', 'D'), '-', lpad(seq mod 50 + 1, 3, '0')),"
                + " utc_timestamp(6), 'system', utc_timestamp(6), 'system' from seq_0_to_" + (GeneratedPopulation.CELLS - 1),
                id);
        String secret = "replace(replace(replace(to_base64(unhex(sha2(concat('" + GeneratedPopulation.SECRET_SALT
                + "', %s), 256))), '+', '-'), '/', '_'), '=', '')";
        update("insert into terminal (code, kind, location, establishment_id, cell_id, status, secret_hash, enrolled_at,"
                + " created_at, created_by, updated_at, updated_by) select x.code, 'CELL', concat('Cellule ', x.label), ?,"
                + " x.cid, 'ACTIVE', sha2(" + String.format(secret, "x.code") + ", 256), utc_timestamp(6), utc_timestamp(6),"
                + " 'system', utc_timestamp(6), 'system' from (select c.id cid, c.label, concat('BORNE-', ?, '-', c.label) code"
                + " from cell c where c.establishment_id = ?) x", id, code, id);
        update("insert into terminal (code, kind, location, establishment_id, status, secret_hash, enrolled_at, created_at,"
                + " created_by, updated_at, updated_by) select x.code, x.kind, x.location, ?, 'ACTIVE',"
                + " sha2(" + String.format(secret, "x.code") + ", 256), utc_timestamp(6), utc_timestamp(6), 'system',"
                + " utc_timestamp(6), 'system' from (select concat('BORNE-', ?, substring(t.code, length('BORNE-" + DEMO
                + "') + 1)) code, t.kind, t.location from terminal t where t.establishment_id = ? and t.kind <> 'CELL') x",
                id, code, demoId);
        return id;
    }

    /** 180 present detainees in cells A-001 ... D-030, with plausible names, a badge and the benchmark's PIN. */
    private int people(int number, long id, String code) throws SQLException {
        int n = update("insert into detainee (establishment_id, prison_number, first_name, last_name, cell_id,"
                + " preferred_language, reading_support, entry_date, expected_release_date, status, created_at, created_by,"
                + " updated_at, updated_by) select ?, concat(?, lpad(s.seq + 1, 4, '0')),"
                + " elt(1 + (s.seq * 7 + ?) mod 12, 'Julien', 'Kevin', 'Mohamed', 'Thomas', 'Karim', 'Nicolas', 'Andrei',"
                + " 'Yassine', 'Maxime', 'Javier', 'Romain', 'João'),"
                + " elt(1 + (s.seq * 11 + ?) mod 14, 'Martin', 'Benali', 'Dubois', 'Popescu', 'Durand', 'Haddad', 'Lefebvre',"
                + " 'García', 'Leroy', 'Mansouri', 'Moreau', 'Silva', 'Lambert', 'Nowak'),"
                + " c.id, elt(1 + s.seq mod 10, 'fr', 'fr', 'ar', 'fr', 'fr', 'ro', 'fr', 'es', 'fr', 'en'), s.seq mod 4 = 0,"
                + " date_sub(?, interval 20 + (s.seq * 37 + ?) mod 700 day),"
                + " if(s.seq mod 10 = 0, null, date_add(?, interval 30 + (s.seq * 53) mod 1100 day)), 'PRESENT',"
                + " utc_timestamp(6), 'system', utc_timestamp(6), 'system'"
                + " from seq_0_to_" + (GeneratedPopulation.DETAINEES - 1) + " s join cell c on c.establishment_id = ?"
                + " and c.label = concat(elt(1 + s.seq div 50, 'A', 'B', 'C', 'D'), '-', lpad(s.seq mod 50 + 1, 3, '0'))",
                id, code, number, number, today, number, today, id);
        update("insert into detainee_credential (detainee_id, establishment_id, badge_number, pin_hash, pin_must_change,"
                + " created_at, created_by, updated_at, updated_by) select d.id, d.establishment_id,"
                + " concat('B', lpad(?, 3, '0'), substring(d.prison_number, 6)), ?, false, utc_timestamp(6), 'system',"
                + " utc_timestamp(6), 'system' from detainee d where d.establishment_id = ?", number, pinHash, id);
        return n;
    }

    /** The demo's staff (same passwords, logins prefixed), activities with their leads, slots and clock points. */
    private void staffAndActivities(long id, String code) throws SQLException {
        String prefix = code.toLowerCase() + ".";
        update("insert into staff_member (login, first_name, last_name, establishment_id, password_hash,"
                + " password_must_change, active, created_at, created_by, updated_at, updated_by)"
                + " select concat(?, login), first_name, last_name, ?, password_hash, false, active, utc_timestamp(6),"
                + " 'system', utc_timestamp(6), 'system' from staff_member where establishment_id = ?", prefix, id, demoId);
        update("insert into staff_member_role (staff_member_id, role) select n.id, r.role from staff_member_role r"
                + " join staff_member o on o.id = r.staff_member_id and o.establishment_id = ?"
                + " join staff_member n on n.login = concat(?, o.login)", demoId, prefix);
        // a year earlier than the demo's (52 weeks: the rotas keep their weeks), so that the history has sessions
        update("insert into activity (establishment_id, kind, work_type, title, description, easy_description, place,"
                + " capacity, staff_in_charge_id, start_date, end_date, paid, pay_class, prerequisites, what_to_bring,"
                + " rota_weeks, planned_until, created_at, created_by, updated_at, updated_by)"
                + " select ?, a.kind, a.work_type, a.title, a.description, a.easy_description, a.place, a.capacity, n.id,"
                + " date_sub(a.start_date, interval 52 week), a.end_date, a.paid, a.pay_class, a.prerequisites,"
                + " a.what_to_bring, a.rota_weeks, a.planned_until, utc_timestamp(6), 'system', utc_timestamp(6), 'system'"
                + " from activity a left join staff_member o on o.id = a.staff_in_charge_id"
                + " left join staff_member n on n.login = concat(?, o.login) where a.establishment_id = ? order by a.id",
                id, prefix, demoId);
        update("insert into activity_slot (activity_id, day_of_week, start_time, end_time, rota_week, removed)"
                + " select n.id, s.day_of_week, s.start_time, s.end_time, s.rota_week, s.removed from activity_slot s"
                + " join activity o on o.id = s.activity_id and o.establishment_id = ?"
                + " join activity n on n.establishment_id = ? and n.title = o.title", demoId, id);
        update("insert into clock_point (terminal_id, activity_id, created_at, created_by, updated_at, updated_by)"
                + " select nt.id, na.id, utc_timestamp(6), 'system', utc_timestamp(6), 'system' from clock_point p"
                + " join terminal ot on ot.id = p.terminal_id and ot.establishment_id = ?"
                + " join activity oa on oa.id = p.activity_id"
                + " join terminal nt on nt.establishment_id = ? and substring(nt.code, length(?) + 8) ="
                + " substring(ot.code, length('" + DEMO + "') + 8)"
                + " join activity na on na.establishment_id = ? and na.title = oa.title", demoId, id, code, id);
    }

    /**
     * Detainee i takes the active allocations of demo detainee i mod 120 (the demo's mix of workshops,
     * trainings and classes), from their entry or a year ago, whichever is later.
     */
    private int allocations(long id) throws SQLException {
        return update("insert into allocation (detainee_id, activity_id, from_date, status, created_at, created_by,"
                + " updated_at, updated_by) select nd.id, na.id, greatest(nd.entry_date, date_sub(?, interval ? day)),"
                + " 'ACTIVE', utc_timestamp(6), 'system', utc_timestamp(6), 'system'"
                + " from (select id, row_number() over (order by id) - 1 i from detainee where establishment_id = ?"
                + " and status = 'PRESENT') od"
                + " join (select id, cast(substring(prison_number, 6) as unsigned) - 1 i, entry_date from detainee"
                + " where establishment_id = ?) nd on nd.i mod (select count(*) from detainee where establishment_id = ?"
                + " and status = 'PRESENT') = od.i"
                + " join allocation a on a.detainee_id = od.id and a.status = 'ACTIVE'"
                + " join activity oa on oa.id = a.activity_id join activity na on na.establishment_id = ? and na.title = oa.title",
                today, HISTORY_DAYS, demoId, id, demoId, id);
    }

    private record Slot(long activity, long slot, DayOfWeek day, LocalTime start, LocalTime end, int rotaWeek,
            int rotaWeeks, LocalDate rotaStart, LocalDate until, String place) {
    }

    /** Every session of the last year and up to each activity's planning horizon, public holidays skipped. */
    private int sessions(long id) throws SQLException {
        List<Slot> slots = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("select a.id, s.id, s.day_of_week, s.start_time, s.end_time,"
                + " s.rota_week, a.rota_weeks, a.start_date, coalesce(least(a.end_date, a.planned_until), a.planned_until,"
                + " a.end_date), a.place from activity a join activity_slot s on s.activity_id = a.id"
                + " where a.establishment_id = ? and not s.removed")) {
            read.setLong(1, id);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    slots.add(new Slot(rs.getLong(1), rs.getLong(2), DayOfWeek.of(rs.getInt(3)),
                            rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getInt(6), rs.getInt(7),
                            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10)));
                }
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("select holiday_date from establishment_holiday where establishment_id = ?")) {
            read.setLong(1, id);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    holidays.add(rs.getObject(1, LocalDate.class));
                }
            }
        }
        LocalDate first = today.minusDays(HISTORY_DAYS);
        int count = 0;
        try (PreparedStatement insert = db.prepareStatement("insert into activity_session (activity_id, slot_id,"
                + " session_date, start_at, end_at, place, state, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, 'PLANNED', utc_timestamp(6), 'system', utc_timestamp(6), 'system')")) {
            for (Slot s : slots) {
                LocalDate until = s.until() == null ? today.plusWeeks(8) : s.until();
                LocalDate rotaMonday = s.rotaStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(s.day())); !d.isAfter(until); d = d.plusWeeks(1)) {
                    if (d.isBefore(s.rotaStart()) || holidays.contains(d)) {
                        continue;
                    }
                    int week = (int) Math.floorMod(ChronoUnit.WEEKS.between(rotaMonday,
                            d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), s.rotaWeeks()) + 1;
                    if (s.rotaWeek() != 0 && s.rotaWeek() != week) {
                        continue;
                    }
                    insert.setLong(1, s.activity());
                    insert.setLong(2, s.slot());
                    insert.setObject(3, d);
                    insert.setObject(4, utc(d, s.start()));
                    insert.setObject(5, utc(d, s.end()));
                    insert.setString(6, s.place());
                    insert.addBatch();
                    if (++count % 500 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static LocalDateTime utc(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /**
     * A year of attendance, as the demo's three weeks (demo.DemoAttendance): every allocated detainee present
     * at each past session (badge times a few minutes off), one time in seventeen absent with a reason; badge
     * clock-in and clock-out entries and events where the activity has a clock point, roll-call otherwise;
     * every week before the current one validated.
     */
    private int attendance(long id) throws SQLException {
        LocalDate first = today.minusDays(HISTORY_DAYS);
        LocalDate last = today.minusDays(1);
        int created = update("insert into attendance (version, establishment_id, session_id, activity_id, detainee_id,"
                + " session_date, week_start, status, present_from, present_to, minutes, absence_reason, source,"
                + " long_session, revision, created_at, created_by, updated_at, updated_by)"
                + " select 0, x.eid, x.sid, x.aid, x.did, x.d, date_sub(x.d, interval weekday(x.d) day),"
                + " if(x.h % 17 = 0, 'ABSENT', 'PRESENT'), if(x.h % 17 = 0, null, date_add(x.st, interval x.h % 6 minute)),"
                + " if(x.h % 17 = 0, null, date_sub(x.en, interval x.h % 4 minute)),"
                + " if(x.h % 17 = 0, 0, timestampdiff(minute, date_add(x.st, interval x.h % 6 minute),"
                + " date_sub(x.en, interval x.h % 4 minute))),"
                + " if(x.h % 17 = 0, elt(1 + x.h % 3, 'SICK', 'NOT_REQUIRED', 'CALLED_TO_APPOINTMENT'), null),"
                + " if(x.h % 17 = 0 or not x.clocked, 'ROLL_CALL', 'BADGE'), false, if(x.h % 17 = 0 or not x.clocked, 1, 2),"
                + " utc_timestamp(6), 'system', utc_timestamp(6), 'system'"
                + " from (select a.establishment_id eid, s.id sid, s.activity_id aid, al.detainee_id did, s.session_date d,"
                + " s.start_at st, s.end_at en, (al.detainee_id * 31 + to_days(s.session_date) * 7) % 1009 h,"
                + " exists (select 1 from clock_point c where c.activity_id = s.activity_id) clocked"
                + " from activity_session s join activity a on a.id = s.activity_id"
                + " join allocation al on al.activity_id = s.activity_id and al.status = 'ACTIVE'"
                + " and al.from_date <= s.session_date and (al.until_date is null or al.until_date >= s.session_date)"
                + " where a.establishment_id = ? and s.session_date between ? and ? and s.state <> 'CANCELLED') x",
                id, first, last);
        String ours = " from attendance r join activity_session s on s.id = r.session_id"
                + " join activity a on a.id = r.activity_id left join staff_member m on m.id = a.staff_in_charge_id"
                + " where r.establishment_id = ? ";
        String entry = "insert into attendance_entry (attendance_id, revision, status, present_from, present_to,"
                + " minutes, absence_reason, source, recorded_at, recorded_by, terminal_code) ";
        String terminal = "(select min(t.code) from clock_point c join terminal t on t.id = c.terminal_id"
                + " where c.activity_id = r.activity_id)";
        update(entry + "select r.id, 1, 'PRESENT', r.present_from, null, 0, null, 'BADGE', r.present_from,"
                + " concat('detainee:', r.detainee_id), " + terminal + ours + "and r.source = 'BADGE'", id);
        update(entry + "select r.id, 2, 'PRESENT', r.present_from, r.present_to, r.minutes, null, 'BADGE', r.present_to,"
                + " concat('detainee:', r.detainee_id), " + terminal + ours + "and r.source = 'BADGE'", id);
        update(entry + "select r.id, 1, r.status, r.present_from, r.present_to, r.minutes, r.absence_reason,"
                + " 'ROLL_CALL', s.end_at, coalesce(m.login, 'system'), null" + ours + "and r.source = 'ROLL_CALL'", id);
        update("insert into clock_event (establishment_id, detainee_id, terminal_id, kind, at, outcome, attendance_id)"
                + " select r.establishment_id, r.detainee_id, (select min(c.terminal_id) from clock_point c"
                + " where c.activity_id = r.activity_id), k.kind, if(k.kind = 'IN', r.present_from, r.present_to),"
                + " 'ACCEPTED', r.id from (select 'IN' kind union all select 'OUT') k join attendance r"
                + " on r.source = 'BADGE' where r.establishment_id = ?", id);
        update("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status,"
                + " validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by)"
                + " select 0, r.establishment_id, r.detainee_id, r.activity_id, r.week_start, 'VALIDATED', sum(r.minutes),"
                + " timestamp(date_add(r.week_start, interval 7 day), '09:00:00'), coalesce(max(m.login), 'system'),"
                + " utc_timestamp(6), 'system', utc_timestamp(6), 'system'" + ours + "and r.week_start < ?"
                + " group by r.establishment_id, r.detainee_id, r.activity_id, r.week_start", id,
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        return created;
    }

    /**
     * A request a month per detainee over the year (general questions to each team in turn), each with its
     * history; all answered but the latest, still submitted.
     */
    private int requests(long id) throws SQLException {
        int n = update("insert into detainee_request (establishment_id, detainee_id, type, team, status, text, client_token,"
                + " submitted_at, due_date, decided_at, decided_by, decided_by_name, reason_text, created_at, created_by,"
                + " updated_at, updated_by) select d.establishment_id, d.id, 'GENERAL',"
                + " elt(1 + (d.id + x.seq) mod 4, 'DETENTION', 'GREFFE', 'ACCOUNTS', 'SPIP'), if(x.seq = 0, 'SUBMITTED', 'ANSWERED'),"
                + " elt(1 + (d.id + x.seq) mod 4, 'Je voudrais changer de cellule pour être au calme.',"
                + " 'Quelle est ma date de sortie prévue ?', 'Je n''ai pas reçu mon virement.', 'Je voudrais voir ma CPIP.'),"
                + " concat('bench-', x.seq), x.at, date_add(date(x.at), interval 15 day),"
                + " if(x.seq = 0, null, date_add(x.at, interval 3 day)), if(x.seq = 0, null, 'system'),"
                + " if(x.seq = 0, null, 'Le service concerné'),"
                + " if(x.seq = 0, null, 'Votre demande a été traitée ; le service vous reçoit cette semaine.'),"
                + " x.at, concat('detainee:', d.id), x.at, 'system'"
                + " from (select d.id, d.establishment_id, d.entry_date, m.seq,"
                + " timestamp(date_sub(?, interval m.seq * 30 + d.id mod 25 day), '19:30:00') at"
                + " from detainee d join seq_0_to_" + (REQUESTS_PER_DETAINEE - 1) + " m where d.establishment_id = ?) x"
                + " join detainee d on d.id = x.id where date(x.at) >= x.entry_date", today, id);
        update("insert into request_event (request_id, at, kind, status, actor, team, text, visible_to_detainee)"
                + " select r.id, r.submitted_at, 'SUBMITTED', 'SUBMITTED', r.created_by, r.team, r.text, true"
                + " from detainee_request r where r.establishment_id = ?", id);
        update("insert into request_event (request_id, at, kind, status, actor, actor_name, team, text, visible_to_detainee)"
                + " select r.id, r.decided_at, 'ANSWERED', 'ANSWERED', r.decided_by, r.decided_by_name, r.team,"
                + " r.reason_text, true from detainee_request r where r.establishment_id = ? and r.status = 'ANSWERED'", id);
        return n;
    }

    /**
     * The notifications those requests gave (registered, then answered), read except in the last fortnight;
     * subject = the receipt number (year of submission and number).
     */
    private int notifications(long id) throws SQLException {
        return update("insert into notification (detainee_id, created_at, kind, subject, event_at, detail, read_at)"
                + " select r.detainee_id, e.at, concat('REQUEST_', e.kind), concat(year(r.submitted_at), '-',"
                + " lpad(r.id, 6, '0')), e.at, null, if(e.at > date_sub(?, interval 15 day), null, e.at)"
                + " from request_event e join detainee_request r on r.id = e.request_id where r.establishment_id = ?",
                today, id);
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Generator: no demo establishment " + DEMO + " in this database; start the"
                        + " server once with the README's run command (demo mode) before generating");
            }
            return rs.getLong(1);
        }
    }
}
