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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Purges the data of people released or transferred longer ago than the retention period: their kiosk
 * credential and their detainee record (other features delete theirs on {@link DetaineesPurging}).
 * The audit trail keeps, per establishment, how many were purged and the cut-off date, never who.
 * Audit records that name a purged person's id stay: they hold no personal data of their own.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class RetentionService {

    /** Ids per statement and per {@link DetaineesPurging} event. */
    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DetaineesPurging> purging;

    /** Purges, establishment by establishment, what the policy says is due today; returns how many people. */
    public int purge(@NotNull RetentionPolicy policy, @NotNull LocalDate today) {
        LocalDate cutoff = policy.releasedBefore(today);
        int total = 0;
        for (Establishment establishment : establishments.findAll()) {
            List<Long> due = em.createQuery("select d.id from Detainee d where d.establishment = :establishment "
                    + "and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.RELEASED and d.releasedOn < :cutoff",
                    Long.class).setParameter("establishment", establishment).setParameter("cutoff", cutoff)
                    .getResultList();
            if (due.isEmpty()) {
                continue;
            }
            int credentials = 0;
            for (int from = 0; from < due.size(); from += BATCH) {
                List<Long> batch = due.subList(from, Math.min(due.size(), from + BATCH));
                purging.fire(new DetaineesPurging(establishment.getId(), List.copyOf(batch), cutoff));
                credentials += em.createQuery("delete from DetaineeCredential c where c.detainee.id in :ids")
                        .setParameter("ids", batch).executeUpdate();
                em.createQuery("delete from Detainee d where d.id in :ids").setParameter("ids", batch).executeUpdate();
            }
            String counts = "detainees=" + due.size() + " badges=" + credentials + " releasedBefore=" + cutoff;
            audit.recordFor(new Actor(CurrentActor.SYSTEM, ActorKind.SYSTEM, null, establishment.getId()),
                    "retention.purge", "Establishment", establishment.getId(), counts);
            LOG.info(() -> "Retention purge in establishment " + establishment.getCode() + ": " + counts);
            total += due.size();
        }
        return total;
    }
}
