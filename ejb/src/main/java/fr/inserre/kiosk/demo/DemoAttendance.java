package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.attendance.AttendanceSettings;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.Occurrence;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Three weeks of attendance before the demo's load day: each workshop terminal bound to the
 * activities held in its room (through the service, audited), the sessions those weeks had (batch
 * inserts from the activities' slots, public holidays skipped), every allocated detainee present
 * (badge times a few minutes off the session's) or, about one time in seventeen, absent with a
 * reason; the history of each; the two oldest weeks validated by the activity's lead, the last full
 * week for half of the detainees, the current week pending. One presence of demo detainee 5 lacks its
 * clock-out and one refused tap is kept, so that the anomalies page has something to show. A handful
 * of set-based statements, so that start-up stays fast; one audit record says what was loaded.
 */
@Dependent
public class DemoAttendance {

    /** Terminal (code suffix) to the activities held where it stands. */
    static final Map<String, List<String>> CLOCK_POINTS = Map.of(
            "ATL-CONDITIONNEMENT", List.of("Atelier conditionnement"),
            "ATL-MENUISERIE", List.of("Atelier menuiserie"),
            "ATL-NUMERIQUE", List.of("Atelier services numériques"),
            "CUISINE", List.of("Cuisine – équipe A", "Cuisine – équipe B"),
            "FORM-1", List.of("CAP cuisine"),
            "FORM-2", List.of("Logistique et CACES"),
            "SCOLAIRE", List.of("Français langue étrangère (FLE)", "Remise à niveau lecture-écriture"));
    static final int WEEKS = 3;
    /** The demo detainee whose last presence lacks its clock-out. */
    static final int MISSING_CLOCK_OUT = 5;
    /** The demo detainee who tapped "Je commence" at a workshop where they are not allocated. */
    static final int REFUSED_TAP = 6;

    private static final Logger LOG = Logger.getLogger(DemoAttendance.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceSettings settings;

    @Inject
    AuditTrail audit;

    void load(long establishmentId, List<Detainee> people, LocalDate today) {
        long began = System.nanoTime();
        for (Map.Entry<String, List<String>> point : CLOCK_POINTS.entrySet()) {
            long terminalId = em.createQuery("select t.id from Terminal t where t.code = :code", Long.class)
                    .setParameter("code", "BORNE-" + DemoDataLoader.ESTABLISHMENT_CODE + "-" + point.getKey())
                    .getSingleResult();
            for (String title : point.getValue()) {
                settings.bind(terminalId, activity(establishmentId, title).getId());
            }
        }
        em.flush();
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS);
        LocalDate last = today.minusDays(1);
        int sessions = pastSessions(establishmentId, first, last);
        int attendances = attendances(establishmentId, first, last, people, today);
        LOG.info(() -> String.format("Demo attendance loaded in %d ms: %d past sessions, %d attendances",
                (System.nanoTime() - began) / 1_000_000, sessions, attendances));
    }

    private Activity activity(long establishmentId, String title) {
        return em.createQuery("select a from Activity a where a.establishment.id = :e and a.title = :title",
                Activity.class).setParameter("e", establishmentId).setParameter("title", title).getSingleResult();
    }

    /** The sessions of the past days, from each activity's slots, in JDBC batches. */
    private int pastSessions(long establishmentId, LocalDate first, LocalDate last) {
        List<Activity> activities = em.createQuery("select distinct a from Activity a left join fetch a.slots "
                + "where a.establishment.id = :e", Activity.class).setParameter("e", establishmentId).getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (DemoSchedule.PUBLIC_HOLIDAYS.containsKey(MonthDay.from(day))) {
                holidays.add(day);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (Activity activity : activities) {
            LocalDate from = activity.getStartDate().isAfter(first) ? activity.getStartDate() : first;
            for (Occurrence o : activity.recurrence(ClockProducer.ZONE).expand(from, last, holidays)) {
                rows.add(new Object[] {activity.getId(), o.slotId(), o.date(), utc(o.start()), utc(o.end()),
                        activity.getPlace()});
            }
        }
        LocalDateTime now = utc(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into activity_session (version, "
                    + "activity_id, slot_id, session_date, start_at, end_at, place, state, created_at, created_by, "
                    + "updated_at, updated_by) values (0, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?)")) {
                int batched = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.setObject(7, now);
                    insert.setString(8, CurrentActor.SYSTEM);
                    insert.setObject(9, now);
                    insert.setString(10, CurrentActor.SYSTEM);
                    insert.addBatch();
                    if (++batched % 200 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return rows.size();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private int attendances(long establishmentId, LocalDate first, LocalDate last, List<Detainee> people,
            LocalDate today) {
        String now = "utc_timestamp(6)";
        // h: a stable pseudo-random number per detainee and day, so that the demo is the same at each load.
        int created = em.createNativeQuery("insert into attendance (version, establishment_id, session_id, activity_id, "
                + "detainee_id, session_date, week_start, status, present_from, present_to, minutes, absence_reason, "
                + "source, long_session, revision, created_at, created_by, updated_at, updated_by) "
                + "select 0, x.eid, x.sid, x.aid, x.did, x.d, date_sub(x.d, interval weekday(x.d) day), "
                + "if(x.h % 17 = 0, 'ABSENT', 'PRESENT'), "
                + "if(x.h % 17 = 0, null, date_add(x.st, interval x.h % 6 minute)), "
                + "if(x.h % 17 = 0, null, date_sub(x.en, interval x.h % 4 minute)), "
                + "if(x.h % 17 = 0, 0, timestampdiff(minute, date_add(x.st, interval x.h % 6 minute), "
                + "date_sub(x.en, interval x.h % 4 minute))), "
                + "if(x.h % 17 = 0, elt(1 + x.h % 3, 'SICK', 'NOT_REQUIRED', 'CALLED_TO_APPOINTMENT'), null), "
                + "if(x.h % 17 = 0 or not x.clocked, 'ROLL_CALL', 'BADGE'), false, "
                + "if(x.h % 17 = 0 or not x.clocked, 1, 2), " + now + ", 'system', " + now + ", 'system' "
                + "from (select a.establishment_id eid, s.id sid, s.activity_id aid, al.detainee_id did, s.session_date d, "
                + "s.start_at st, s.end_at en, (al.detainee_id * 31 + to_days(s.session_date) * 7) % 1009 h, "
                + "exists (select 1 from clock_point c where c.activity_id = s.activity_id) clocked "
                + "from activity_session s join activity a on a.id = s.activity_id "
                + "join allocation al on al.activity_id = s.activity_id and al.status = 'ACTIVE' "
                + "and al.from_date <= s.session_date and (al.until_date is null or al.until_date >= s.session_date) "
                + "where a.establishment_id = ?1 and s.session_date between ?2 and ?3 and s.state <> 'CANCELLED') x")
                .setParameter(1, establishmentId).setParameter(2, first).setParameter(3, last).executeUpdate();
        LocalDate lastWorkday = last;
        while (lastWorkday.getDayOfWeek() == DayOfWeek.SATURDAY || lastWorkday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            lastWorkday = lastWorkday.minusDays(1);
        }
        em.createNativeQuery("update attendance set present_to = null, minutes = 0, revision = 1 "
                + "where detainee_id = ?1 and session_date = ?2 and status = 'PRESENT' and source = 'BADGE'")
                .setParameter(1, people.get(MISSING_CLOCK_OUT).getId()).setParameter(2, lastWorkday).executeUpdate();
        String ours = " from attendance r join activity_session s on s.id = r.session_id "
                + "join activity a on a.id = r.activity_id left join staff_member m on m.id = a.staff_in_charge_id "
                + "where r.establishment_id = ?1 and r.session_date between ?2 and ?3 ";
        String entry = "insert into attendance_entry (attendance_id, revision, status, present_from, present_to, "
                + "minutes, absence_reason, source, recorded_at, recorded_by, terminal_code) ";
        String terminal = "(select min(t.code) from clock_point c join terminal t on t.id = c.terminal_id "
                + "where c.activity_id = r.activity_id)";
        // The badge's clock-in (open), then its clock-out; roll-call presences and absences in one version.
        update(entry + "select r.id, 1, 'PRESENT', r.present_from, null, 0, null, 'BADGE', r.present_from, "
                + "concat('detainee:', r.detainee_id), " + terminal + ours + "and r.source = 'BADGE'",
                establishmentId, first, last);
        update(entry + "select r.id, 2, 'PRESENT', r.present_from, r.present_to, r.minutes, null, 'BADGE', "
                + "r.present_to, concat('detainee:', r.detainee_id), " + terminal + ours
                + "and r.source = 'BADGE' and r.present_to is not null", establishmentId, first, last);
        update(entry + "select r.id, 1, r.status, r.present_from, r.present_to, r.minutes, r.absence_reason, "
                + "'ROLL_CALL', s.end_at, coalesce(m.login, 'surveillant'), null" + ours + "and r.source = 'ROLL_CALL'",
                establishmentId, first, last);
        update("insert into clock_event (establishment_id, detainee_id, terminal_id, kind, at, outcome, attendance_id) "
                + "select r.establishment_id, r.detainee_id, (select min(c.terminal_id) from clock_point c "
                + "where c.activity_id = r.activity_id), k.kind, if(k.kind = 'IN', r.present_from, r.present_to), "
                + "'ACCEPTED', r.id from (select 'IN' kind union all select 'OUT') k join attendance r "
                + "on r.source = 'BADGE' and (k.kind = 'IN' or r.present_to is not null) "
                + "where r.establishment_id = ?1 and r.session_date between ?2 and ?3", establishmentId, first, last);
        em.createNativeQuery("insert into clock_event (establishment_id, detainee_id, terminal_id, kind, at, outcome, "
                + "refusal) select ?1, ?2, t.id, 'IN', ?3, 'REFUSED', 'attendance.clock.notAllocated' from terminal t "
                + "where t.code = ?4").setParameter(1, establishmentId)
                .setParameter(2, people.get(REFUSED_TAP).getId())
                .setParameter(3, utc(lastWorkday.atTime(8, 5).atZone(ClockProducer.ZONE).toInstant()))
                .setParameter(4, "BORNE-" + DemoDataLoader.ESTABLISHMENT_CODE + "-ATL-MENUISERIE").executeUpdate();
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        update("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) "
                + "select 0, r.establishment_id, r.detainee_id, r.activity_id, r.week_start, 'VALIDATED', sum(r.minutes), "
                + "timestamp(date_add(r.week_start, interval 7 day), '09:00:00'), coalesce(max(m.login), 'surveillant'), "
                + "utc_timestamp(6), 'system', utc_timestamp(6), 'system'" + ours
                + "and (r.week_start < ?4 or (r.week_start = ?4 and r.detainee_id % 2 = 0)) "
                + "group by r.establishment_id, r.detainee_id, r.activity_id, r.week_start "
                + "having sum(r.status = 'PRESENT' and r.present_to is null) = 0",
                establishmentId, first, last, thisWeek.minusWeeks(1));
        audit.recordWithDetail("attendance.demo.load", "Establishment", establishmentId,
                created + " attendances from " + first + " to " + last);
        return created;
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
