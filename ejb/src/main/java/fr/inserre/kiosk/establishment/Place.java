package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A place of an establishment where activities happen (workshop, training room, classroom, espace
 * citoyen), with how many people it holds. A place that is no longer used is closed, not deleted:
 * past sessions still name it.
 */
@Entity
@Table(name = "place", uniqueConstraints = @UniqueConstraint(name = "uk_place_name",
        columnNames = {"establishment_id", "name"}))
@NamedQuery(name = "Place.findByEstablishment",
        query = "select p from Place p where p.establishment = :establishment order by p.kind, p.name")
@NamedQuery(name = "Place.findByName",
        query = "select p from Place p where p.establishment = :establishment and p.name = :name")
public class Place extends AuditedEntity {

    public static final int NAME_MAX = 80;
    public static final int CAPACITY_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PlaceKind kind;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean active = true;

    protected Place() {
        // for JPA
    }

    public Place(Establishment establishment, String name, PlaceKind kind, int capacity) {
        this.establishment = Objects.requireNonNull(establishment, "establishment");
        this.name = name == null ? null : name.strip();
        this.kind = kind;
        this.capacity = capacity;
    }

    /** Renames the place or changes how many it holds. */
    public void describe(String newName, int newCapacity) {
        this.name = newName == null ? null : newName.strip();
        this.capacity = newCapacity;
    }

    /** No new activity is planned here; what happened here stays recorded. */
    public void close() {
        active = false;
    }

    public void reopen() {
        active = true;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }
}
