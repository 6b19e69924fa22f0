package fr.inserre.kiosk.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.Hibernate;

/**
 * Base of the entities staff edit: a generated id, an optimistic-lock version and who/when columns
 * filled by {@link AuditColumnsListener}. Equality is by id once persisted.
 */
@MappedSuperclass
@EntityListeners(AuditColumnsListener.class)
public abstract class AuditedEntity {

    public static final int ACTOR_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = ACTOR_MAX)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = ACTOR_MAX)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void markCreated(Instant at, String by) {
        createdAt = at;
        createdBy = by;
        markUpdated(at, by);
    }

    void markUpdated(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // Not getClass() and the id field: a lazy proxy is a subclass whose own fields stay empty.
        if (!(other instanceof AuditedEntity entity) || Hibernate.getClassLazy(this) != Hibernate.getClassLazy(other)
                || id == null) {
            return false;
        }
        return id.equals(entity.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), id);
    }
}
