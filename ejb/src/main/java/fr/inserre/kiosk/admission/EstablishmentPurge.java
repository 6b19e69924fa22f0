package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.audit.Actor;
import fr.inserre.kiosk.audit.ActorKind;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The retention purge of one establishment, in a transaction of its own ({@link RetentionService} runs
 * one per establishment, so that a failure in one leaves the others purged). Every feature deletes its
 * rows of the people first ({@link DetaineesPurging}), then their kiosk credential and detainee record
 * go. The audit trail keeps how many were purged and the cut-off date, never who.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EstablishmentPurge {

    private static final Logger LOG = Logger.getLogger(EstablishmentPurge.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DetaineesPurging> purging;

    /** Purges the people of this establishment released before the cut-off; returns how many. */
    public int purge(long establishmentId, String establishmentCode, LocalDate cutoff) {
        List<Long> due = em.createQuery("select d.id from Detainee d where d.establishment.id = :establishment "
                + "and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.RELEASED and d.releasedOn < :cutoff",
                Long.class).setParameter("establishment", establishmentId).setParameter("cutoff", cutoff)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        int credentials = 0;
        Map<String, Integer> rows = new TreeMap<>();
        for (int from = 0; from < due.size(); from += RetentionService.BATCH) {
            List<Long> batch = List.copyOf(due.subList(from, Math.min(due.size(), from + RetentionService.BATCH)));
            DetaineesPurging event = new DetaineesPurging(establishmentId, batch, cutoff);
            purging.fire(event);
            event.deletedRows().forEach((kind, count) -> rows.merge(kind, count, Integer::sum));
            credentials += em.createQuery("delete from DetaineeCredential c where c.detainee.id in :ids")
                    .setParameter("ids", batch).executeUpdate();
            em.createQuery("delete from Detainee d where d.id in :ids").setParameter("ids", batch).executeUpdate();
        }
        String counts = "detainees=" + due.size() + " badges=" + credentials + " releasedBefore=" + cutoff;
        audit.recordFor(new Actor(CurrentActor.SYSTEM, ActorKind.SYSTEM, null, establishmentId),
                "retention.purge", "Establishment", establishmentId, counts);
        String perKind = rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        LOG.info(() -> "Retention purge in establishment " + establishmentCode + " (id " + establishmentId + "): "
                + counts + (perKind.isEmpty() ? "" : " rows: " + perKind));
        return due.size();
    }
}
