package fr.inserre.kiosk.attendance;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;

/**
 * Creates the EXPECTED attendances of sessions, one per detainee allocated that day (active or
 * ended-later allocations, as "who is expected where" counts them; not suspended ones; not after a
 * release), in one statement, idempotently: rows that exist are left alone. Works in the caller's
 * transaction; a cancelled session expects no one.
 */
@Dependent
public class AttendanceRecords {

    private static final String INSERT = "insert into attendance (version, establishment_id, session_id, activity_id, "
            + "detainee_id, session_date, week_start, status, minutes, long_session, revision, created_at, created_by, "
            + "updated_at, updated_by) "
            + "select 0, a.establishment_id, s.id, s.activity_id, al.detainee_id, s.session_date, "
            + "date_sub(s.session_date, interval weekday(s.session_date) day), 'EXPECTED', 0, false, 0, "
            + ":now, :by, :now, :by "
            + "from activity_session s join activity a on a.id = s.activity_id "
            + "join allocation al on al.activity_id = s.activity_id and al.status in ('ACTIVE', 'ENDED') "
            + "and al.from_date <= s.session_date and (al.until_date is null or al.until_date >= s.session_date) "
            + "join detainee d on d.id = al.detainee_id and (d.released_on is null or d.released_on > s.session_date) "
            + "where s.state <> 'CANCELLED' and %s "
            + "on duplicate key update attendance.id = attendance.id";

    @PersistenceContext
    EntityManager em;

    /** For these sessions. */
    public int ensureForSessions(Collection<Long> sessionIds, Instant now, String by) {
        if (sessionIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery(String.format(INSERT, "s.id in (:ids)")).setParameter("ids", sessionIds)
                .setParameter("now", now).setParameter("by", by).executeUpdate();
    }

    /** For every session of every establishment that started in [from, to) (the timer's catch-up). */
    public int ensureStartedBetween(Instant from, Instant to, Instant now, String by) {
        return em.createNativeQuery(String.format(INSERT, "s.start_at >= :from and s.start_at < :to"))
                .setParameter("from", from).setParameter("to", to)
                .setParameter("now", now).setParameter("by", by).executeUpdate();
    }
}
