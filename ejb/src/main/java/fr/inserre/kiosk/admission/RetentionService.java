package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.audit.Actor;
import fr.inserre.kiosk.audit.ActorKind;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Purges the data of people released or transferred longer ago than the retention period, one
 * establishment at a time, each in its own transaction ({@link EstablishmentPurge}): an establishment
 * whose purge fails is left as it was, logged with its id and audited as a refused {@code retention.purge}
 * (the journal shows that the night's purge did not happen there, and why), the others are purged all
 * the same (and it is tried again the next night). Audit records that name a purged person's id stay: they hold no
 * personal data of their own.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

    /** Ids per statement and per {@link DetaineesPurging} event. */
    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    EstablishmentService establishments;

    @Inject
    EstablishmentPurge establishmentPurge;

    @Inject
    AuditTrail audit;

    /**
     * Purges, establishment by establishment, what the policy says is due today; returns how many people
     * were purged (those of establishments whose purge failed are not counted).
     */
    public int purge(@NotNull RetentionPolicy policy, @NotNull LocalDate today) {
        LocalDate cutoff = policy.releasedBefore(today);
        int total = 0;
        for (Establishment establishment : establishments.findAll()) {
            try {
                total += establishmentPurge.purge(establishment.getId(), establishment.getCode(), cutoff);
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, failure, () -> "Retention purge failed in establishment id "
                        + establishment.getId() + " (" + establishment.getCode() + "), nothing purged there: "
                        + failure);
                recordFailure(establishment, cutoff, failure);
            }
        }
        return total;
    }

    /** In a transaction of its own; a journal that cannot be written either must not stop the other establishments. */
    private void recordFailure(Establishment establishment, LocalDate cutoff, RuntimeException failure) {
        try {
            audit.recordRefusalFor(new Actor(CurrentActor.SYSTEM, ActorKind.SYSTEM, null, establishment.getId()),
                    "retention.purge", "Establishment", establishment.getId(),
                    "failed releasedBefore=" + cutoff + " " + failure.getClass().getSimpleName());
        } catch (RuntimeException auditFailure) {
            LOG.log(Level.SEVERE, auditFailure, () -> "The failed retention purge of establishment id "
                    + establishment.getId() + " could not be audited either");
        }
    }
}
