package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.common.ClockProducer;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows written directly for tests about the past (the planner never plans the past and nobody clocks in
 * yesterday): a session of an activity, a closed presence at it. The caller's transaction is joined.
 */
public final class TestRows {

    private TestRows() {
    }

    /** A planned session of the activity at these instants and that place; returns its id. */
    public static long session(EntityManager em, long activityId, Instant start, Instant end, String place) {
        em.createNativeQuery("insert into activity_session (version, activity_id, slot_id, session_date, start_at, end_at, "
                + "place, state, created_at, created_by, updated_at, updated_by) values (0, ?1, null, ?2, ?3, ?4, ?5, "
                + "'PLANNED', utc_timestamp(6), 'test', utc_timestamp(6), 'test')")
                .setParameter(1, activityId).setParameter(2, LocalDate.ofInstant(start, ClockProducer.ZONE))
                .setParameter(3, start).setParameter(4, end).setParameter(5, place).executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /** The detainee present from {@code start} to {@code end} at that session, recorded by roll-call, not validated. */
    public static void presence(EntityManager em, long sessionId, long activityId, long detaineeId, Instant start,
            Instant end) {
        LocalDate day = LocalDate.ofInstant(start, ClockProducer.ZONE);
        em.createNativeQuery("insert into attendance (version, establishment_id, session_id, activity_id, detainee_id, "
                + "session_date, week_start, status, present_from, present_to, minutes, source, revision, created_at, "
                + "created_by, updated_at, updated_by) select 0, d.establishment_id, ?1, ?2, d.id, ?3, ?4, 'PRESENT', ?5, "
                + "?6, ?7, 'ROLL_CALL', 1, utc_timestamp(6), 'test', utc_timestamp(6), 'test' from detainee d where d.id = ?8")
                .setParameter(1, sessionId).setParameter(2, activityId).setParameter(3, day)
                .setParameter(4, day.with(DayOfWeek.MONDAY)).setParameter(5, start).setParameter(6, end)
                .setParameter(7, Duration.between(start, end).toMinutes()).setParameter(8, detaineeId).executeUpdate();
    }
}
