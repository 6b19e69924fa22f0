package fr.inserre.kiosk.audit;

import fr.inserre.kiosk.common.CurrentActor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit trail. A success is written in the caller's transaction, so it exists exactly
 * when the change does; a refusal is written in its own transaction, so it survives the rollback of
 * the refused change.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId) {
        em.persist(new AuditRecord(clock.instant(), actor.name(), action, entityType, entityId,
                AuditOutcome.SUCCESS, null));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String action, String entityType, Long entityId, String reason) {
        em.persist(new AuditRecord(clock.instant(), actor.name(), action, entityType, entityId,
                AuditOutcome.REFUSED, reason));
    }

    public List<AuditRecord> forEntity(String entityType, long entityId) {
        return em.createNamedQuery("AuditRecord.findByEntity", AuditRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }
}
