package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.UnknownEstablishmentException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Préparer ma sortie" for staff: the CPIP (and the direction) read and update a detainee's checklist;
 * the direction keeps the establishment's template. Every change is audited; an update names the version
 * of the row the CPIP saw, so two CPIPs editing one item at once cannot overwrite each other unseen.
 */
@Stateless
@RolesAllowed({Roles.PROBATION_OFFICER, Roles.DIRECTION, Roles.SYSTEM})
public class ReleasePreparationService {

    /** A detainee whose release comes soon, with how much of the checklist is settled. */
    public record UpcomingRelease(long detaineeId, String displayName, String prisonNumber, LocalDate expectedRelease,
            long settled, long total) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    ReleaseChecklists checklists;

    /** A detainee's checklist and progress; the consultation of the file is recorded (the detainee sees it). */
    public ReleaseChecklist checklistOf(long detaineeId) {
        Detainee detainee = detainee(detaineeId, false);
        audit.recordWithDetail("detainee.view", "Detainee", detaineeId, staffAccess.roles());
        return checklists.of(detainee);
    }

    /**
     * Records where the detainee stands on an item, with an optional note they will read.
     *
     * @param versionSeen the version of the detainee's row the CPIP saw; null when the line had none yet
     */
    public ChecklistLine update(long detaineeId, long templateItemId, Long versionSeen,
            @NotNull ChecklistStatus status, @Size(max = ReleaseItem.NOTE_MAX) String note) {
        // The lock serialises the first record of an item for one person (the row is created then).
        Detainee detainee = detainee(detaineeId, true);
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        ReleaseTemplateItem item = checklists.templateItem(detainee, templateItemId);
        ReleaseItem existing = checklists.rowOrNull(detainee, item);
        if (existing != null && (versionSeen == null || existing.getVersion() != versionSeen)) {
            throw new ChangedMeanwhileException(existing.getUpdatedBy());
        }
        ReleaseItem row = existing != null ? existing : checklists.rowFor(detainee, item);
        ChecklistStatus before = row.getStatus();
        row.record(status, note);
        em.flush();
        audit.recordWithDetail("citizen.release.update", "ReleaseItem", row.getId(),
                "detainee " + detaineeId + " item " + templateItemId + " " + before + " -> " + status);
        return checklists.of(detainee).lines().stream().filter(l -> l.templateItemId() == templateItemId)
                .findFirst().orElseThrow();
    }

    /**
     * The present detainees expected to leave within {@code days}, soonest first, with their settled items out
     * of the active template's: three statements whatever their number.
     */
    public List<UpcomingRelease> upcoming(long establishmentId, int days) {
        staffAccess.requireEstablishment(establishmentId);
        LocalDate today = LocalDate.now(clock);
        List<Detainee> leaving = em.createQuery("select d from Detainee d where d.establishment.id = :e "
                + "and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT "
                + "and d.expectedReleaseDate between :today and :until order by d.expectedReleaseDate, d.lastName",
                Detainee.class).setParameter("e", establishmentId).setParameter("today", today)
                .setParameter("until", today.plusDays(Math.max(0, Math.min(days, 366)))).setMaxResults(200)
                .getResultList();
        if (leaving.isEmpty()) {
            return List.of();
        }
        long total = em.createQuery("select count(t) from ReleaseTemplateItem t where t.establishment.id = :e "
                + "and t.active = true", Long.class).setParameter("e", establishmentId).getSingleResult();
        Map<Long, Long> settled = new HashMap<>();
        em.createQuery("select i.detainee.id, count(i) from ReleaseItem i where i.detainee in :leaving "
                + "and i.templateItem.active = true and i.status in :settled group by i.detainee.id", Object[].class)
                .setParameter("leaving", leaving)
                .setParameter("settled", List.of(ChecklistStatus.DONE, ChecklistStatus.NOT_APPLICABLE))
                .getResultList().forEach(row -> settled.put((Long) row[0], (Long) row[1]));
        return leaving.stream().map(d -> new UpcomingRelease(d.getId(), d.getDisplayName(), d.getPrisonNumber(),
                d.getExpectedReleaseDate(), settled.getOrDefault(d.getId(), 0L), total)).toList();
    }

    /** The establishment's template, withdrawn items included (marked), in order. */
    public List<ReleaseTemplateItem> template(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("ReleaseTemplateItem.findByEstablishment", ReleaseTemplateItem.class)
                .setParameter("establishmentId", establishmentId).getResultList();
    }

    /** Adds an item at the end of the template; an OTHER item needs its words. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public ReleaseTemplateItem addTemplateItem(long establishmentId, @NotNull ReleaseItemKind kind,
            @Size(max = ReleaseTemplateItem.LABEL_MAX) String label) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = lockTemplate(establishmentId);
        int next = lockedTemplate(establishmentId).stream().mapToInt(ReleaseTemplateItem::getPosition).max()
                .orElse(0) + 1;
        ReleaseTemplateItem item = new ReleaseTemplateItem(establishment, kind, label, next);
        em.persist(item);
        audit.recordWithDetail("citizen.release.template.add", "ReleaseTemplateItem", item.getId(), kind.name());
        return item;
    }

    /** Changes what a template item is (every detainee's line follows). */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public ReleaseTemplateItem describeTemplateItem(long templateItemId, long versionSeen,
            @NotNull ReleaseItemKind kind, @Size(max = ReleaseTemplateItem.LABEL_MAX) String label) {
        ReleaseTemplateItem item = templateItem(templateItemId);
        ChangedMeanwhileException.check(item, versionSeen);
        item.describe(kind, label);
        audit.recordWithDetail("citizen.release.template.describe", "ReleaseTemplateItem", templateItemId, kind.name());
        return item;
    }

    /** Withdraws a template item (it stays on the checklists where something was recorded) or restores it. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public ReleaseTemplateItem setActive(long templateItemId, long versionSeen, boolean active) {
        ReleaseTemplateItem item = templateItem(templateItemId);
        ChangedMeanwhileException.check(item, versionSeen);
        if (active) {
            item.restore();
        } else {
            item.withdraw();
        }
        audit.record(active ? "citizen.release.template.restore" : "citizen.release.template.withdraw",
                "ReleaseTemplateItem", templateItemId);
        return item;
    }

    /**
     * Moves a template item one place up (earlier on every checklist). Two people reordering at once are
     * served one after the other (the establishment's row is locked, as when adding an item), each on the
     * order the other left; the positions are renumbered 1..n on the way, so none is ever shared.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public void moveUp(long templateItemId) {
        // No template item is loaded before the lock: the locked read below must be the one this transaction holds.
        Long establishmentId = em.createQuery("select t.establishment.id from ReleaseTemplateItem t where t.id = :id",
                Long.class).setParameter("id", templateItemId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownReleaseItemException(templateItemId));
        staffAccess.requireEstablishment(establishmentId);
        lockTemplate(establishmentId);
        List<ReleaseTemplateItem> all = lockedTemplate(establishmentId);
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId() == templateItemId) {
                index = i;
            }
        }
        if (index <= 0) {
            return;
        }
        List<ReleaseTemplateItem> order = new ArrayList<>(all);
        order.add(index - 1, order.remove(index));
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getPosition() != i + 1) {
                order.get(i).moveTo(i + 1);
            }
        }
        audit.recordWithDetail("citizen.release.template.move", "ReleaseTemplateItem", templateItemId,
                "position " + index);
    }

    /** Locks the establishment's row: template edits of one establishment are served one at a time. */
    private Establishment lockTemplate(long establishmentId) {
        Establishment establishment = em.find(Establishment.class, establishmentId, LockModeType.PESSIMISTIC_WRITE);
        if (establishment == null) {
            throw new UnknownEstablishmentException(establishmentId);
        }
        return establishment;
    }

    /**
     * The template as last committed, read with a lock: a plain read would answer from the snapshot this
     * transaction took at its first read (MariaDB's repeatable read), maybe before the previous editor's commit.
     */
    private List<ReleaseTemplateItem> lockedTemplate(long establishmentId) {
        return em.createNamedQuery("ReleaseTemplateItem.findByEstablishment", ReleaseTemplateItem.class)
                .setParameter("establishmentId", establishmentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private ReleaseTemplateItem templateItem(long templateItemId) {
        ReleaseTemplateItem item = em.find(ReleaseTemplateItem.class, templateItemId);
        if (item == null) {
            throw new UnknownReleaseItemException(templateItemId);
        }
        staffAccess.requireEstablishment(item.getEstablishment().getId());
        return item;
    }

    private Detainee detainee(long detaineeId, boolean lock) {
        Detainee detainee = lock ? em.find(Detainee.class, detaineeId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(Objects.requireNonNull(detainee.getEstablishment().getId()));
        return detainee;
    }
}
