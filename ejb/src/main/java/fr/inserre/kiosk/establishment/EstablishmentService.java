package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Establishments and their cells. */
@Stateless
@PermitAll
public class EstablishmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    StaffAccess staffAccess;

    @Inject
    Clock clock;

    public List<Establishment> findAll() {
        return em.createNamedQuery("Establishment.findAll", Establishment.class).getResultList();
    }

    public Optional<Establishment> findByCode(String code) {
        return em.createNamedQuery("Establishment.findByCode", Establishment.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Establishment get(long id) {
        Establishment establishment = em.find(Establishment.class, id);
        if (establishment == null) {
            throw new UnknownEstablishmentException(id);
        }
        return establishment;
    }

    /** Creates an establishment; its code must be new. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public Establishment create(@NotNull @Valid Establishment establishment) {
        if (findByCode(establishment.getCode()).isPresent()) {
            throw new DuplicateEstablishmentException(establishment.getCode());
        }
        em.persist(establishment);
        em.flush();
        audit.record("establishment.create", "Establishment", establishment.getId());
        return establishment;
    }

    /** Adds a cell to an establishment; a label is used once per establishment. */
    @RolesAllowed({Roles.DIRECTION, Roles.IT_ADMIN, Roles.SYSTEM})
    public Cell addCell(long establishmentId, @NotBlank @Size(max = Cell.LABEL_MAX) String label) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = get(establishmentId);
        String trimmed = label.strip();
        if (!em.createNamedQuery("Cell.findByLabel", Cell.class)
                .setParameter("establishment", establishment)
                .setParameter("label", trimmed)
                .getResultList().isEmpty()) {
            throw new DuplicateCellException(establishment.getCode(), trimmed);
        }
        Cell cell = new Cell(establishment, trimmed);
        em.persist(cell);
        em.flush();
        audit.record("cell.create", "Cell", cell.getId());
        return cell;
    }

    /**
     * Renames a cell: its occupant, its terminal and its history stay with it (they hold the cell, not its label);
     * the roster import then knows it by the new label. A label is used once per establishment. Audited with both.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.IT_ADMIN, Roles.SYSTEM})
    public Cell renameCell(long cellId, @NotBlank @Size(max = Cell.LABEL_MAX) String label) {
        Cell cell = cell(cellId);
        Establishment establishment = cell.getEstablishment();
        String trimmed = label.strip();
        String before = cell.getLabel();
        if (em.createNamedQuery("Cell.findByLabel", Cell.class).setParameter("establishment", establishment)
                .setParameter("label", trimmed).getResultStream().anyMatch(other -> !other.equals(cell))) {
            throw new DuplicateCellException(establishment.getCode(), trimmed);
        }
        cell.relabel(trimmed);
        audit.recordWithDetail("cell.rename", "Cell", cellId, before + " -> " + trimmed);
        return cell;
    }

    /**
     * Takes an empty cell out of service from today (works, damage, sealed by the police): it stays in the
     * list with its reason, keeps its history and terminal, and refuses admissions, moves and roster lines
     * until reopened. Its occupant, if any, is moved first. Audited with the reason.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.IT_ADMIN, Roles.SYSTEM})
    public Cell closeCell(long cellId, @NotBlank @Size(max = Cell.CLOSED_REASON_MAX) String reason) {
        Cell cell = cell(cellId);
        if (cell.isClosed()) {
            return cell;
        }
        em.createQuery("select d.prisonNumber from Detainee d where d.cell = :cell "
                + "and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT", String.class)
                .setParameter("cell", cell).getResultStream().findFirst().ifPresent(occupant -> {
                    throw new CellNotEmptyException(cell.getLabel(), occupant);
                });
        cell.close(LocalDate.now(clock), reason);
        audit.recordWithDetail("cell.close", "Cell", cellId, cell.getClosedReason());
        return cell;
    }

    /** Puts a closed cell back in service; audited. Reopening a cell in service changes nothing. */
    @RolesAllowed({Roles.DIRECTION, Roles.IT_ADMIN, Roles.SYSTEM})
    public Cell reopenCell(long cellId) {
        Cell cell = cell(cellId);
        if (cell.isClosed()) {
            cell.reopen();
            audit.record("cell.reopen", "Cell", cellId);
        }
        return cell;
    }

    /** A cell of the caller's establishment. */
    private Cell cell(long cellId) {
        Cell cell = em.find(Cell.class, cellId);
        if (cell == null) {
            throw new UnknownCellException(String.valueOf(cellId));
        }
        staffAccess.requireEstablishment(cell.getEstablishment().getId());
        return cell;
    }

    /** Sets how long kiosks stay logged in without a touch (30 s to 15 min). */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public void setKioskIdleTimeout(long establishmentId, int seconds) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = get(establishmentId);
        establishment.setKioskIdleTimeout(seconds);
        audit.recordWithDetail("establishment.kioskIdle", "Establishment", establishmentId, String.valueOf(seconds));
    }

    /** Adds a workshop, training room, classroom or espace citoyen; a name is used once per establishment. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public Place addPlace(long establishmentId, @NotBlank @Size(max = Place.NAME_MAX) String name,
            @NotNull PlaceKind kind, @Min(1) @Max(Place.CAPACITY_MAX) int capacity) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = get(establishmentId);
        requireFreeName(establishment, name.strip(), null);
        Place place = new Place(establishment, name, kind, capacity);
        em.persist(place);
        em.flush();
        audit.record("place.create", "Place", place.getId());
        return place;
    }

    /** Renames a place or changes its capacity. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public Place describePlace(long placeId, @NotBlank @Size(max = Place.NAME_MAX) String name,
            @Min(1) @Max(Place.CAPACITY_MAX) int capacity) {
        Place place = place(placeId);
        requireFreeName(place.getEstablishment(), name.strip(), place);
        place.describe(name, capacity);
        audit.record("place.describe", "Place", placeId);
        return place;
    }

    /** Closes a place (no new activity there) or reopens it. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public void setPlaceOpen(long placeId, boolean open) {
        Place place = place(placeId);
        if (open) {
            place.reopen();
        } else {
            place.close();
        }
        audit.record(open ? "place.reopen" : "place.close", "Place", placeId);
    }

    /** The establishment's places, open and closed, by kind then name. */
    public List<Place> places(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("Place.findByEstablishment", Place.class)
                .setParameter("establishment", get(establishmentId)).getResultList();
    }

    private Place place(long placeId) {
        Place place = em.find(Place.class, placeId);
        if (place == null) {
            throw new UnknownPlaceException(placeId);
        }
        staffAccess.requireEstablishment(place.getEstablishment().getId());
        return place;
    }

    private void requireFreeName(Establishment establishment, String name, Place self) {
        em.createNamedQuery("Place.findByName", Place.class).setParameter("establishment", establishment)
                .setParameter("name", name).getResultStream().filter(p -> !p.equals(self)).findFirst()
                .ifPresent(p -> {
                    throw new DuplicatePlaceException(name);
                });
    }

    public List<Cell> cells(long establishmentId) {
        return em.createNamedQuery("Cell.findByEstablishment", Cell.class)
                .setParameter("establishment", get(establishmentId))
                .getResultList();
    }
}
