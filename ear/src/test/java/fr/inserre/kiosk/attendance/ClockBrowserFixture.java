package fr.inserre.kiosk.attendance;

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
        DemoSessionNow.insert(em, ACTIVITY, PLACE, Duration.ofHours(4));
    }
}
