package fr.inserre.kiosk.hours;

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
 * Deployed with the hours journey test: a session of the demo's "Atelier services numériques" (paid
 * production work of chef.atelier, demo detainees 50 to 65, terminal BORNE-ARR-ATL-NUMERIQUE) happening
 * now, whatever the time the test runs, so that demo detainee 53 can clock in. It starts just after
 * midnight or three hours ago and ends in two hours; its place names it as the test's.
 */
@Singleton
@Startup
@DependsOn("inserre-kiosk-ejb.jar#DemoDataLoader")
@RunAs(Roles.SYSTEM)
@PermitAll
public class HoursBrowserFixture {

    public static final String TERMINAL = "BORNE-ARR-ATL-NUMERIQUE";
    public static final String ACTIVITY = "Atelier services numériques";
    public static final String PLACE = "Atelier numérique (séance du test des heures)";
    public static final int DETAINEE = 53;
    public static final String LEAD = "chef.atelier";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void create() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Instant midnight = today.atStartOfDay(ClockProducer.ZONE).toInstant().plusSeconds(60);
        Instant threeHoursAgo = now.minus(Duration.ofHours(3));
        Instant start = threeHoursAgo.isAfter(midnight) ? threeHoursAgo : midnight;
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
