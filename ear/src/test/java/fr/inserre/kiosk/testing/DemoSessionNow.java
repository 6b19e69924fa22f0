package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoDataLoader;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * For browser fixtures: a session of a demo activity happening now, whatever the time the test runs,
 * so that a demo detainee can clock in. It starts some hours back (or just after midnight) and ends in
 * two hours; its place names it as the test's, and a second deployment of the same test reuses it.
 */
public final class DemoSessionNow {

    private DemoSessionNow() {
    }

    /** Writes the session (with the SYSTEM role, from a @Startup fixture), unless one of that place still runs. */
    public static void insert(EntityManager em, String activityTitle, String place, Duration startedAgo) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Instant midnight = today.atStartOfDay(ClockProducer.ZONE).toInstant().plusSeconds(60);
        Instant back = now.minus(startedAgo);
        Instant start = back.isAfter(midnight) ? back : midnight;
        // Reused only when it still runs and is of today: one written before midnight would not be in today's lists.
        long existing = ((Number) em.createNativeQuery("select count(*) from activity_session where place = ?1 "
                + "and end_at > ?2 and session_date = ?3").setParameter(1, place)
                .setParameter(2, now.plus(Duration.ofMinutes(30))).setParameter(3, today)
                .getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        em.createNativeQuery("insert into activity_session (version, activity_id, slot_id, session_date, start_at, end_at, "
                + "place, state, created_at, created_by, updated_at, updated_by) select 0, a.id, null, ?1, ?2, ?3, ?4, "
                + "'PLANNED', utc_timestamp(6), 'test', utc_timestamp(6), 'test' from activity a join establishment e "
                + "on e.id = a.establishment_id where e.code = ?5 and a.title = ?6")
                .setParameter(1, today).setParameter(2, start).setParameter(3, now.plus(Duration.ofHours(2)))
                .setParameter(4, place).setParameter(5, DemoDataLoader.ESTABLISHMENT_CODE).setParameter(6, activityTitle)
                .executeUpdate();
    }
}
