package fr.inserre.kiosk.audit;

import fr.inserre.kiosk.common.CurrentActor;
import jakarta.annotation.security.PermitAll;
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
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId) {
        em.persist(new AuditRecord(clock.instant(), actor.actor(), action, entityType, entityId,
                AuditOutcome.SUCCESS, null));
    }

    /** A success with a short detail (e.g. the viewer's roles for a consultation). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithDetail(String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditRecord(clock.instant(), actor.actor(), action, entityType, entityId,
                AuditOutcome.SUCCESS, detail));
    }

    /** When, and by which roles, staff consulted this detainee's file (newest first). */
    public List<AuditRecord> consultationsOf(long detaineeId) {
        return em.createNamedQuery("AuditRecord.findConsultations", AuditRecord.class)
                .setParameter("detaineeId", detaineeId).setMaxResults(200).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String action, String entityType, Long entityId, String reason) {
        em.persist(new AuditRecord(clock.instant(), actor.actor(), action, entityType, entityId,
                AuditOutcome.REFUSED, reason));
    }

    /** Records a refusal by someone not (yet) authenticated, e.g. a failed login, under the name they gave. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusalFor(Actor claimed, String action, String entityType, Long entityId, String reason) {
        em.persist(new AuditRecord(clock.instant(), claimed, action, entityType, entityId, AuditOutcome.REFUSED,
                reason));
    }

    /** Records a success on behalf of someone who has just been authenticated (a login). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordFor(Actor who, String action, String entityType, Long entityId) {
        em.persist(new AuditRecord(clock.instant(), who, action, entityType, entityId, AuditOutcome.SUCCESS, null));
    }

    public List<AuditRecord> forEntity(String entityType, long entityId) {
        return em.createNamedQuery("AuditRecord.findByEntity", AuditRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }
}
