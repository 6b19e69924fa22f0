package fr.inserre.kiosk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the append-only audit trail: when, who, what, on which entity, with what outcome.
 * Immutable: the application has no path that updates or deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_record")
@NamedQuery(name = "AuditRecord.findByEntity", query = "select a from AuditRecord a "
        + "where a.entityType = :entityType and a.entityId = :entityId order by a.at, a.id")
@NamedQuery(name = "AuditRecord.findConsultations", query = "select a from AuditRecord a "
        + "where a.entityType = 'Detainee' and a.entityId = :detaineeId and a.action = 'detainee.view' "
        + "and a.outcome = fr.inserre.kiosk.audit.AuditOutcome.SUCCESS order by a.at desc, a.id desc")
public class AuditRecord {

    public static final int ACTION_MAX = 64;
    public static final int ACTOR_MAX = 64;
    public static final int ENTITY_TYPE_MAX = 64;
    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 16)
    private ActorKind actorKind;

    @Column(name = "terminal_code", updatable = false, length = 32)
    private String terminalCode;

    @Column(name = "establishment_id", updatable = false)
    private Long establishmentId;

    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @Column(name = "entity_type", updatable = false, length = ENTITY_TYPE_MAX)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditRecord() {
        // for JPA
    }

    AuditRecord(Instant at, Actor actor, String action, String entityType, Long entityId,
            AuditOutcome outcome, String detail) {
        this.at = at;
        this.actor = actor.name();
        this.actorKind = actor.kind();
        this.terminalCode = actor.terminalCode();
        this.establishmentId = actor.establishmentId();
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getTerminalCode() {
        return terminalCode;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
