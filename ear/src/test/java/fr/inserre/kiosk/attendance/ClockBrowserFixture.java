package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Deployed with the clock browser test: a session of the demo's CAP cuisine (demo detainees 80 to 87,
 * terminal BORNE-ARR-FORM-1) happening now, whatever the time the test runs, so that the detainee can
 * clock in. It starts before any real session of today (four hours ago, or just after midnight) and
 * ends in two hours; its place names it as the test's.
 */
@Singleton
@Startup
@DependsOn("inserre-kiosk-ejb.jar#DemoDataLoader")
@RunAs(Roles.SYSTEM)
@PermitAll
public class ClockBrowserFixture {

    public static final String TERMINAL = "BORNE-ARR-FORM-1";
    public static final String ACTIVITY = "CAP cuisine";
    public static final String PLACE = "Salle de formation 1 (séance du test)";
    public static final int DETAINEE = 80;
    public static final String LEAD = "formation";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void create() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Instant midnight = today.atStartOfDay(ClockProducer.ZONE).toInstant().plusSeconds(60);
        Instant fourHoursAgo = now.minus(Duration.ofHours(4));
        Instant start = fourHoursAgo.isAfter(midnight) ? fourHoursAgo : midnight;
        long existing = ((Number) em.createNativeQuery("select count(*) from activity_session where place = ?1 "
                + "and end_at > ?2").setParameter(1, PLACE).setParameter(2, now.plus(Duration.ofMinutes(30)))
                .getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        em.createNativeQuery("insert into activity_session (version, activity_id, slot_id, session_date, start_at, end_at, "
                + "place, state, created_at, created_by, updated_at, updated_by) select 0, a.id, null, ?1, ?2, ?3, ?4, "
                + "'PLANNED', utc_timestamp(6), 'test', utc_timestamp(6), 'test' from activity a join establishment e "
                + "on e.id = a.establishment_id where e.code = ?5 and a.title = ?6")
                .setParameter(1, today).setParameter(2, start).setParameter(3, now.plus(Duration.ofHours(2)))
                .setParameter(4, PLACE).setParameter(5, DemoDataLoader.ESTABLISHMENT_CODE).setParameter(6, ACTIVITY)
                .executeUpdate();
    }
}
