package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.request.Request;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a detainee's checklist: the establishment's template items in order, each with the person's
 * row when one exists (two statements). A withdrawn template item shows only if something was
 * recorded on it for this person.
 */
@Dependent
public class ReleaseChecklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ReleaseChecklist of(Detainee detainee) {
        List<ReleaseTemplateItem> template = em.createNamedQuery("ReleaseTemplateItem.findByEstablishment",
                ReleaseTemplateItem.class).setParameter("establishmentId", detainee.getEstablishment().getId())
                .getResultList();
        Map<Long, ReleaseItem> rows = new HashMap<>();
        em.createQuery("select i from ReleaseItem i left join fetch i.helpRequest where i.detainee = :detainee",
                ReleaseItem.class).setParameter("detainee", detainee).getResultList()
                .forEach(i -> rows.put(i.getTemplateItem().getId(), i));
        List<ChecklistLine> lines = new ArrayList<>();
        for (ReleaseTemplateItem item : template) {
            ReleaseItem row = rows.get(item.getId());
            if (item.isActive() || row != null && row.getStatus() != ChecklistStatus.TO_DO) {
                lines.add(line(item, row));
            }
        }
        return new ReleaseChecklist(detainee.getId(), detainee.getDisplayName(), detainee.getPrisonNumber(), lines,
                ReleaseProgress.of(lines, detainee.getExpectedReleaseDate(), LocalDate.now(clock)));
    }

    private static ChecklistLine line(ReleaseTemplateItem item, ReleaseItem row) {
        if (row == null) {
            return new ChecklistLine(item.getId(), item.getKind(), item.getLabel(), ChecklistStatus.TO_DO, null, null,
                    null, false, null, null);
        }
        Request help = row.getHelpRequest();
        return new ChecklistLine(item.getId(), item.getKind(), item.getLabel(), row.getStatus(), row.getNote(),
                row.getVersion(), help == null ? null : help.receipt(), help != null && help.getStatus().isOpen(),
                row.getUpdatedAt(), row.getUpdatedBy());
    }

    /** The detainee's row for the item, or null while nothing was recorded. */
    ReleaseItem rowOrNull(Detainee detainee, ReleaseTemplateItem item) {
        return em.createQuery("select i from ReleaseItem i where i.detainee = :detainee and i.templateItem = :item",
                ReleaseItem.class).setParameter("detainee", detainee).setParameter("item", item)
                .getResultStream().findFirst().orElse(null);
    }

    /** The detainee's row for the item, created (to do) if none exists yet. */
    ReleaseItem rowFor(Detainee detainee, ReleaseTemplateItem item) {
        ReleaseItem row = rowOrNull(detainee, item);
        if (row == null) {
            row = new ReleaseItem(detainee, item);
            em.persist(row);
        }
        return row;
    }

    /** A template item of the detainee's establishment, or refused as unknown. */
    ReleaseTemplateItem templateItem(Detainee detainee, long templateItemId) {
        ReleaseTemplateItem item = em.find(ReleaseTemplateItem.class, templateItemId);
        if (item == null || !item.getEstablishment().equals(detainee.getEstablishment())) {
            throw new UnknownReleaseItemException(templateItemId);
        }
        return item;
    }
}
