package fr.inserre.kiosk.request;

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
 * Escalates requests past their due date: every hour, and once two minutes after start-up (a server
 * that was down catches up without delaying its start). Each batch is its own transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());
    /** A run stops after this many batches; the next run goes on. */
    private static final int BATCHES_MAX = 20;

    @Inject
    RequestDesk desk;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(120_000, new TimerConfig("request escalation catch-up", false));
    }

    @Timeout
    void catchUp() {
        escalate();
    }

    @Schedule(hour = "*", minute = "5", persistent = false, info = "hourly request escalation")
    void hourly() {
        escalate();
    }

    private void escalate() {
        int total = 0;
        for (int batch = 0; batch < BATCHES_MAX; batch++) {
            int escalated = desk.escalateOverdue();
            total += escalated;
            if (escalated == 0) {
                break;
            }
        }
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Requests escalated as overdue: " + count);
        }
    }
}
