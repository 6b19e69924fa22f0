package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.CellClosedException;
import fr.inserre.kiosk.establishment.UnknownCellException;
import fr.inserre.kiosk.identity.DetaineeCredential;
import fr.inserre.kiosk.identity.IssuedBadge;
import fr.inserre.kiosk.identity.KioskCredentialService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.detainee.CellOccupiedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The admission desk (greffe): admits a person (detainee, cell, badge, initial PIN on a slip), moves
 * them to another cell, records their release or transfer. The direction does it (no registry role
 * exists in {@code StaffRole}); the roster import does the same in bulk ({@link RosterImportService}).
 */
@Stateless
@RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
public class AdmissionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DetaineeService detainees;

    @Inject
    KioskCredentialService credentials;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    DetaineeMovements movements;

    @Inject
    Clock clock;

    /**
     * Admits a person: registers them present in the given cell (or the first free one), speaking one of
     * the kiosk's languages (refused otherwise), issues a badge and a random initial PIN. The slip
     * returned is the only place the PIN ever appears in clear.
     */
    public AdmissionSlip admit(long establishmentId, @NotNull @Valid NewAdmission input) {
        staffAccess.requireEstablishment(establishmentId);
        String language = input.preferredLanguage() == null || input.preferredLanguage().isBlank()
                ? KioskLanguage.FR.getCode() : input.preferredLanguage().strip();
        if (!KioskLanguage.supports(language)) {
            throw new UnsupportedLanguageException(language);
        }
        String cell = input.cellLabel() == null || input.cellLabel().isBlank()
                ? cells(establishmentId).stream().filter(CellOccupancy::free).map(CellOccupancy::cellLabel).findFirst()
                        .orElseThrow(NoFreeCellException::new)
                : input.cellLabel().strip();
        Detainee detainee = detainees.register(establishmentId, new NewDetainee(input.prisonNumber(),
                input.firstName(), input.lastName(), cell, language, input.readingSupport(),
                input.entryDate(), input.expectedReleaseDate()));
        detainee.recordBirthDate(input.birthDate());
        IssuedBadge badge = credentials.issueNewBadge(detainee.getId());
        audit.record("admission.admit", "Detainee", detainee.getId());
        return slip(detainee, badge);
    }

    /**
     * Issues the badge and initial PIN of a present person who has none yet (admitted by the roster
     * import, or whose badge was never made), with a new slip.
     */
    public AdmissionSlip issueBadge(long detaineeId) {
        Detainee detainee = detainee(detaineeId);
        IssuedBadge badge = credentials.issueNewBadge(detaineeId);
        audit.record("admission.badge", "Detainee", detaineeId);
        return slip(detainee, badge);
    }

    /** Moves a present person to a free cell today; the old cell's terminal refuses them at once. */
    public Detainee move(long detaineeId, @NotBlank @Size(max = Cell.LABEL_MAX) String cellLabel) {
        Detainee detainee = detainee(detaineeId);
        String label = cellLabel.strip();
        Cell cell = em.createNamedQuery("Cell.findByLabel", Cell.class)
                .setParameter("establishment", detainee.getEstablishment()).setParameter("label", label)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownCellException(label));
        if (cell.equals(detainee.getCell())) {
            throw new SameCellException(label);
        }
        if (cell.isClosed()) {
            throw new CellClosedException(cell.getLabel(), cell.getClosedReason());
        }
        if (!em.createNamedQuery("Detainee.findPresentInCell", Detainee.class).setParameter("cell", cell)
                .getResultList().isEmpty()) {
            throw new CellOccupiedException(label);
        }
        movements.move(detainee, cell, LocalDate.now(clock));
        return detainee;
    }

    /**
     * Records that the person left (released or transferred) on a day up to today: no cell any more, the
     * kiosk account locked for good, the record kept read-only; {@link DetaineeReleased} lets the other
     * features end the rest in this transaction.
     */
    public Detainee release(long detaineeId, @NotNull LocalDate on, @NotNull ReleaseReason reason) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ReleaseInFutureException(on);
        }
        Detainee detainee = detainee(detaineeId);
        DetaineeCredential credential = em.createNamedQuery("DetaineeCredential.findByDetainee",
                DetaineeCredential.class).setParameter("detaineeId", detaineeId)
                .getResultStream().findFirst().orElse(null);
        movements.release(detainee, on, reason, credential);
        return detainee;
    }

    /** The establishment's cells with who is in each, by label. */
    public List<CellOccupancy> cells(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select new fr.inserre.kiosk.admission.CellOccupancy(c.id, c.label, d.id, "
                + "d.prisonNumber, concat(upper(d.lastName), ' ', d.firstName), c.closedOn, c.closedReason) "
                + "from Cell c left join Detainee d "
                + "on d.cell = c and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT "
                + "where c.establishment.id = :establishmentId order by c.label", CellOccupancy.class)
                .setParameter("establishmentId", establishmentId).getResultList();
    }

    /** Present people without a badge yet (admitted by the roster import): the desk issues theirs. */
    public List<Detainee> awaitingBadge(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        EntityGraph<Detainee> withCell = em.createEntityGraph(Detainee.class);
        withCell.addAttributeNodes("cell");
        return em.createQuery("select d from Detainee d where d.establishment.id = :establishmentId "
                + "and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT and not exists "
                + "(select c from DetaineeCredential c where c.detainee = d) order by d.lastName, d.firstName",
                Detainee.class).setParameter("establishmentId", establishmentId)
                .setHint("jakarta.persistence.fetchgraph", withCell).setMaxResults(500).getResultList();
    }

    /** A detainee of the caller's establishment, with the cell. */
    private Detainee detainee(long detaineeId) {
        Detainee detainee = em.createNamedQuery("Detainee.findWithCell", Detainee.class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownDetaineeException(detaineeId));
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        return detainee;
    }

    private static AdmissionSlip slip(Detainee detainee, IssuedBadge badge) {
        return new AdmissionSlip(detainee.getId(), detainee.getEstablishment().getName(), detainee.getPrisonNumber(),
                detainee.getDisplayName(), detainee.getCell() == null ? null : detainee.getCell().getLabel(),
                detainee.getEntryDate(), badge.badgeNumber(), badge.initialPin());
    }
}
