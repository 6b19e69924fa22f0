package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.UnknownCellException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Registers the terminals of an establishment (enrolment and credentials come with identity). */
@Stateless
public class TerminalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    public Terminal registerInCell(@NotBlank @Size(max = Terminal.CODE_MAX) String code, long cellId) {
        Cell cell = em.find(Cell.class, cellId);
        if (cell == null) {
            throw new UnknownCellException(String.valueOf(cellId));
        }
        if (!em.createNamedQuery("Terminal.findByCell", Terminal.class).setParameter("cell", cell)
                .getResultList().isEmpty()) {
            throw new DuplicateTerminalException(cell.getLabel());
        }
        return persist(Terminal.inCell(code, cell));
    }

    public Terminal registerInRoom(@NotBlank @Size(max = Terminal.CODE_MAX) String code, @NotNull TerminalKind kind,
            long establishmentId, @NotBlank @Size(max = Terminal.LOCATION_MAX) String location) {
        return persist(Terminal.inRoom(code, kind, establishments.get(establishmentId), location));
    }

    private Terminal persist(Terminal terminal) {
        if (findByCode(terminal.getCode()).isPresent()) {
            throw new DuplicateTerminalException(terminal.getCode());
        }
        em.persist(terminal);
        em.flush();
        audit.record("terminal.register", "Terminal", terminal.getId());
        return terminal;
    }

    public Optional<Terminal> findByCode(String code) {
        return em.createNamedQuery("Terminal.findByCode", Terminal.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** How many terminals of each kind the establishment has. */
    public Map<TerminalKind, Long> countByKind(long establishmentId) {
        Map<TerminalKind, Long> counts = new EnumMap<>(TerminalKind.class);
        for (Object[] row : em.createNamedQuery("Terminal.countByEstablishmentAndKind", Object[].class)
                .setParameter("establishment", establishments.get(establishmentId)).getResultList()) {
            counts.put((TerminalKind) row[0], (Long) row[1]);
        }
        return counts;
    }
}
