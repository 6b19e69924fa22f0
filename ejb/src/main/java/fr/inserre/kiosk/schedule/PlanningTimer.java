package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Keeps every activity planned up to the horizon: each night, and once a minute after start-up (so
 * that a server that was down for days catches up without delaying its start).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
public class PlanningTimer {

    private static final Logger LOG = Logger.getLogger(PlanningTimer.class.getName());

    @Inject
    ActivityService activities;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(60_000, new TimerConfig("planning catch-up", false));
    }

    @Timeout
    void catchUp() {
        extend();
    }

    @Schedule(hour = "1", minute = "30", persistent = false, info = "nightly planning")
    void nightly() {
        extend();
    }

    private void extend() {
        long start = System.nanoTime();
        int created = activities.extendPlanning();
        LOG.info(() -> String.format("Planning extended: %d sessions in %d ms", created,
                (System.nanoTime() - start) / 1_000_000));
    }
}
