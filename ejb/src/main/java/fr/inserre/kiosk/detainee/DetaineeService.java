package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.CellClosedException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.UnknownCellException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/** Registers detainees and lists them for staff. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class DetaineeService {

    /** Columns a staff list may sort on, mapped to JPQL paths (never taken raw from the client). */
    static final Map<String, String> SORTABLE = Map.of(
            "prisonNumber", "d.prisonNumber",
            "name", "d.lastName",
            "cell", "c.label",
            "preferredLanguage", "d.preferredLanguage",
            "entryDate", "d.entryDate",
            "expectedReleaseDate", "d.expectedReleaseDate",
            "status", "d.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @Inject
    StaffAccess staffAccess;

    /**
     * Registers a present detainee. Refused when the prison number is already used in the
     * establishment, when the cell is unknown or already holds someone.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public Detainee register(long establishmentId, @NotNull @Valid NewDetainee input) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = establishments.get(establishmentId);
        Detainee detainee = new Detainee(establishment, input.prisonNumber(), input.firstName(),
                input.lastName(), input.entryDate(), input.expectedReleaseDate());
        if (findByPrisonNumber(establishmentId, detainee.getPrisonNumber()) != null) {
            throw new DuplicatePrisonNumberException(detainee.getPrisonNumber(), establishment.getCode());
        }
        detainee.preferCommunication(input.preferredLanguage(), input.readingSupport());
        if (input.cellLabel() != null && !input.cellLabel().isBlank()) {
            detainee.moveTo(freeCell(establishment, input.cellLabel().strip()));
        }
        try {
            em.persist(detainee);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations of the same number raced past the check: the unique key decides.
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new DuplicatePrisonNumberException(detainee.getPrisonNumber(), establishment.getCode());
            }
            throw e;
        }
        audit.record("detainee.register", "Detainee", detainee.getId());
        return detainee;
    }

    private Cell freeCell(Establishment establishment, String label) {
        Cell cell = em.createNamedQuery("Cell.findByLabel", Cell.class)
                .setParameter("establishment", establishment)
                .setParameter("label", label)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCellException(label));
        if (cell.isClosed()) {
            throw new CellClosedException(cell.getLabel(), cell.getClosedReason());
        }
        if (!em.createNamedQuery("Detainee.findPresentInCell", Detainee.class)
                .setParameter("cell", cell).getResultList().isEmpty()) {
            throw new CellOccupiedException(label);
        }
        return cell;
    }

    /**
     * A detainee's file for a member of staff of their establishment, with the cell. The consultation
     * is recorded with the viewer's roles: the detainee sees on the kiosk who (which role) looked at
     * their file, and when.
     */
    public Detainee view(long detaineeId) {
        Detainee detainee = em.createNamedQuery("Detainee.findWithCell", Detainee.class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownDetaineeException(detaineeId));
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        audit.recordWithDetail("detainee.view", "Detainee", detaineeId, staffAccess.roles());
        return detainee;
    }

    public Detainee findByPrisonNumber(long establishmentId, String prisonNumber) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("Detainee.findByPrisonNumber", Detainee.class)
                .setParameter("establishment", establishments.get(establishmentId))
                .setParameter("prisonNumber", prisonNumber.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * One page of the establishment's detainees matching the filter, with their cell, in one
     * statement whatever the page size.
     */
    public List<Detainee> list(long establishmentId, @NotNull @Valid DetaineeFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(establishmentId, filter, parameters);
        String direction = page.ascending() ? " asc" : " desc";
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "d.lastName") + direction
                + ", d.lastName" + direction + ", d.firstName" + direction;
        TypedQuery<Detainee> rows = em.createQuery("select d from Detainee d left join d.cell c"
                + where + " order by " + order + ", d.id", Detainee.class);
        parameters.forEach(rows::setParameter);
        // The cell comes in the same statement (JPA forbids filtering on an aliased fetch join).
        EntityGraph<Detainee> withCell = em.createEntityGraph(Detainee.class);
        withCell.addAttributeNodes("cell");
        rows.setHint("jakarta.persistence.fetchgraph", withCell);
        return rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** The preferred languages of the establishment's present detainees, for filters and planning interpreters. */
    public List<String> languages(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("Detainee.languages", String.class)
                .setParameter("establishmentId", establishmentId).getResultList();
    }

    /** How many of the establishment's detainees match the filter. */
    public long count(long establishmentId, @NotNull @Valid DetaineeFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(establishmentId, filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(d) from Detainee d left join d.cell c" + where,
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(long establishmentId, DetaineeFilter filter, Map<String, Object> parameters) {
        // The schema's collation is case- and accent-insensitive: "dupont" finds "Dupont", "helene" "Hélène".
        StringBuilder where = new StringBuilder(" where d.establishment.id = :establishmentId");
        parameters.put("establishmentId", establishmentId);
        if (hasText(filter.prisonNumber())) {
            where.append(" and d.prisonNumber like :prisonNumber");
            parameters.put("prisonNumber", likePrefix(filter.prisonNumber()));
        }
        if (hasText(filter.name())) {
            where.append(" and (d.lastName like :name or d.firstName like :name)");
            parameters.put("name", likePrefix(filter.name()));
        }
        if (hasText(filter.cellLabel())) {
            where.append(" and c.label like :cell");
            parameters.put("cell", likePrefix(filter.cellLabel()));
        }
        if (filter.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", filter.status());
        }
        if (hasText(filter.language())) {
            where.append(" and d.preferredLanguage = :language");
            parameters.put("language", filter.language().strip());
        }
        return where.toString();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A LIKE pattern for "starts with", with the user's own wildcards taken literally. */
    static String likePrefix(String value) {
        return LikePatterns.startsWith(value);
    }
}
