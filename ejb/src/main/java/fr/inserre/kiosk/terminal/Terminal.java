package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A kiosk terminal bound to one place of an establishment: a cell (at most one terminal per cell),
 * a workshop or the espace citoyen. It authenticates with its own credential, never a person's.
 */
@Entity
@Table(name = "terminal")
@NamedQuery(name = "Terminal.findByCode", query = "select t from Terminal t where t.code = :code")
@NamedQuery(name = "Terminal.findByCell", query = "select t from Terminal t where t.cell = :cell")
@NamedQuery(name = "Terminal.countByEstablishmentAndKind", query = "select t.kind, count(t) from Terminal t "
        + "where t.establishment = :establishment group by t.kind")
public class Terminal extends AuditedEntity {

    public static final int CODE_MAX = 32;
    public static final int LOCATION_MAX = 120;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9-]+", message = "{terminal.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = CODE_MAX)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TerminalKind kind;

    @NotBlank
    @Size(max = LOCATION_MAX)
    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id", unique = true)
    private Cell cell;

    protected Terminal() {
        // for JPA
    }

    /** A terminal in a cell: its location is the cell. */
    public static Terminal inCell(String code, Cell cell) {
        Terminal terminal = new Terminal(code, TerminalKind.CELL, cell.getEstablishment(), cell.getLabel());
        terminal.cell = cell;
        return terminal;
    }

    /** A terminal in a workshop, a training room or the espace citoyen. */
    public static Terminal inRoom(String code, TerminalKind kind, Establishment establishment, String location) {
        if (kind == TerminalKind.CELL) {
            throw new CellTerminalWithoutCellException(code);
        }
        return new Terminal(code, kind, establishment, location);
    }

    private Terminal(String code, TerminalKind kind, Establishment establishment, String location) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        this.kind = kind;
        this.establishment = establishment;
        this.location = location == null ? null : location.strip();
    }

    public String getCode() {
        return code;
    }

    public TerminalKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Cell getCell() {
        return cell;
    }
}
