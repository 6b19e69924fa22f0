package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** An individual cell of an establishment (InSERRE cells are single). */
@Entity
@Table(name = "cell", uniqueConstraints = @UniqueConstraint(name = "uk_cell_label",
        columnNames = {"establishment_id", "label"}))
@NamedQuery(name = "Cell.findByEstablishment",
        query = "select c from Cell c where c.establishment = :establishment order by c.label")
@NamedQuery(name = "Cell.findByLabel",
        query = "select c from Cell c where c.establishment = :establishment and c.label = :label")
@NamedQuery(name = "Cell.countByEstablishment",
        query = "select count(c) from Cell c where c.establishment = :establishment")
public class Cell extends AuditedEntity {

    public static final int LABEL_MAX = 16;
    public static final int CLOSED_REASON_MAX = 120;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    /** Out of service since this day (works, damage); null while the cell is in service. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Size(max = CLOSED_REASON_MAX)
    @Column(name = "closed_reason", length = CLOSED_REASON_MAX)
    private String closedReason;

    protected Cell() {
        // for JPA
    }

    public Cell(Establishment establishment, String label) {
        this.establishment = establishment;
        this.label = label;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getLabel() {
        return label;
    }

    /** Out of service from this day, for a reason staff can read in the list; the caller checked that it is empty. */
    public void close(LocalDate on, String reason) {
        this.closedOn = Objects.requireNonNull(on, "on");
        this.closedReason = reason == null ? null : reason.strip();
    }

    /** Back in service: people can be admitted or moved into it again. */
    public void reopen() {
        this.closedOn = null;
        this.closedReason = null;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }

    /** A new label (the national system's numbering changed, a wing renamed); the cell and its terminal stay. */
    public void relabel(String newLabel) {
        this.label = newLabel;
    }
}
