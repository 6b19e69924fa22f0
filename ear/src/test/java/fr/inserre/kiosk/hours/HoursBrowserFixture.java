package fr.inserre.kiosk.hours;

import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.testing.DemoSessionNow;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

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
        DemoSessionNow.insert(em, ACTIVITY, PLACE, Duration.ofHours(3));
    }
}
