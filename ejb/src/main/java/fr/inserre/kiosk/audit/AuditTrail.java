package fr.inserre.kiosk.audit;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Inject
    StaffAccess staffAccess;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId) {
        em.persist(new AuditRecord(clock.instant(), located(actor.actor()), action, entityType, entityId,
                AuditOutcome.SUCCESS, null));
    }

    /** A success with a short detail (e.g. the viewer's roles for a consultation). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithDetail(String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditRecord(clock.instant(), located(actor.actor()), action, entityType, entityId,
                AuditOutcome.SUCCESS, detail));
    }

    /** When, and by which roles, staff consulted this detainee's file (newest first). */
    public List<AuditRecord> consultationsOf(long detaineeId) {
        return em.createNamedQuery("AuditRecord.findConsultations", AuditRecord.class)
                .setParameter("detaineeId", detaineeId).setMaxResults(200).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String action, String entityType, Long entityId, String reason) {
        em.persist(new AuditRecord(clock.instant(), located(actor.actor()), action, entityType, entityId,
                AuditOutcome.REFUSED, reason));
    }

    /** Records a refusal by someone not (yet) authenticated, e.g. a failed login, under the name they gave. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusalFor(Actor claimed, String action, String entityType, Long entityId, String reason) {
        em.persist(new AuditRecord(clock.instant(), located(claimed), action, entityType, entityId, AuditOutcome.REFUSED,
                reason));
    }

    /** Records a success on behalf of someone who has just been authenticated (a login). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordFor(Actor who, String action, String entityType, Long entityId) {
        em.persist(new AuditRecord(clock.instant(), located(who), action, entityType, entityId, AuditOutcome.SUCCESS, null));
    }

    /** A success with a short detail on behalf of a given actor (e.g. the retention job in an establishment). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordFor(Actor who, String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditRecord(clock.instant(), located(who), action, entityType, entityId, AuditOutcome.SUCCESS,
                detail));
    }

    /** The actor with their establishment: given, or the staff caller's, or the detainee's. */
    private Actor located(Actor actor) {
        if (actor.establishmentId() != null) {
            return actor;
        }
        return switch (actor.kind()) {
            case STAFF -> actor.in(staffAccess.establishmentId());
            case DETAINEE -> actor.name().startsWith(CurrentActor.DETAINEE_PREFIX)
                    ? actor.in(em.find(Detainee.class,
                            Long.valueOf(actor.name().substring(CurrentActor.DETAINEE_PREFIX.length())))
                            .getEstablishment().getId())
                    : actor;
            default -> actor;
        };
    }

    /** One page of the caller's establishment's audit trail, newest first. */
    @RolesAllowed({Roles.IT_ADMIN, Roles.DIRECTION})
    public List<AuditRecord> search(@NotNull @Valid AuditFilter filter, @NotNull @Valid PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditRecord> query = em.createQuery("select a from AuditRecord a" + where(filter, parameters)
                + " order by a.at " + (page.ascending() ? "asc" : "desc") + ", a.id desc", AuditRecord.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    @RolesAllowed({Roles.IT_ADMIN, Roles.DIRECTION})
    public long count(@NotNull @Valid AuditFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditRecord a" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(AuditFilter filter, Map<String, Object> parameters) {
        Long establishment = staffAccess.establishmentId();
        if (establishment == null) {
            throw new EJBAccessException("the audit trail is searched by the staff of an establishment");
        }
        StringBuilder where = new StringBuilder(" where a.establishmentId = :establishment");
        parameters.put("establishment", establishment);
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and a.actor like :actor");
            parameters.put("actor", LikePatterns.startsWith(filter.actor()));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and a.action like :action");
            parameters.put("action", LikePatterns.startsWith(filter.action()));
        }
        if (filter.outcome() != null) {
            where.append(" and a.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.terminal() != null && !filter.terminal().isBlank()) {
            where.append(" and a.terminalCode like :terminal");
            parameters.put("terminal", LikePatterns.startsWith(filter.terminal()));
        }
        return where.toString();
    }

    public List<AuditRecord> forEntity(String entityType, long entityId) {
        return em.createNamedQuery("AuditRecord.findByEntity", AuditRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }
}
