package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every night at 03:30 (Europe/Paris), purges the data of people released longer ago than the
 * retention period ({@link RetentionPolicy}; a wrong {@code inserre.retention.days} stops the
 * deployment rather than purging with a value nobody chose).
 */
@Singleton
@Startup
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Inject
    Clock clock;

    private RetentionPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = RetentionPolicy.fromSystemProperties();
        LOG.info(() -> "Released detainees' data are kept " + policy.days() + " days");
    }

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris", persistent = false, info = "retention purge")
    void nightly() {
        int purged = retention.purge(policy, LocalDate.now(clock));
        LOG.info(() -> "Retention purge: " + purged + " released detainee(s) purged");
    }
}
