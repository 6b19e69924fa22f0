package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.release.ChecklistLine;
import fr.inserre.kiosk.citizen.release.ChecklistStatus;
import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.citizen.release.ReleaseChecklist;
import fr.inserre.kiosk.citizen.release.ReleaseItemKind;
import fr.inserre.kiosk.citizen.release.ReleasePreparationService;
import fr.inserre.kiosk.citizen.release.ReleaseTemplateItem;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing of /staff/citizen/release.xhtml. With ?detainee=: that person's checklist, each line's status and
 * note saved with the version the CPIP saw. Without: the releases of the coming three months with their
 * progress, the CVs waiting to be printed, and (direction) the establishment's template.
 */
@Named("staffRelease")
@ViewScoped
public class ReleaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS_AHEAD = 92;

    /** What the CPIP is editing on one line. */
    public static final class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        private ChecklistStatus status;
        private String note;

        public ChecklistStatus getStatus() {
            return status;
        }

        public void setStatus(ChecklistStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    ReleasePreparationService service;

    @Inject
    CvService cvService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private Long detaineeId;
    private ReleaseChecklist checklist;
    private final Map<Long, Edit> edits = new HashMap<>();
    private List<ReleasePreparationService.UpcomingRelease> upcoming = List.of();
    private List<CvService.PrintWaiting> prints = List.of();
    private List<ReleaseTemplateItem> template = List.of();
    private ReleaseItemKind newKind = ReleaseItemKind.OTHER;
    private String newLabel;
    /** The template item being reworded (null when none), with the version the direction saw and the new words. */
    private Long rewordId;
    private long rewordVersion;
    private ReleaseItemKind rewordKind;
    private String rewordLabel;

    /** f:viewAction: a detainee's checklist (an unknown id is a 404), or the overview. */
    public void load() throws IOException {
        if (detaineeId != null) {
            try {
                loadChecklist();
            } catch (UnknownDetaineeException unknown) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
                FacesContext.getCurrentInstance().responseComplete();
            }
            return;
        }
        long establishment = staffUser.getEstablishmentId();
        upcoming = service.upcoming(establishment, DAYS_AHEAD);
        prints = cvService.printsWaiting(establishment);
        template = service.template(establishment);
    }

    private void loadChecklist() {
        checklist = service.checklistOf(detaineeId);
        edits.clear();
        for (ChecklistLine line : checklist.lines()) {
            Edit edit = new Edit();
            edit.status = line.status();
            edit.note = line.note();
            edits.put(line.templateItemId(), edit);
        }
    }

    public void save(ChecklistLine line) {
        Edit edit = edits.get(line.templateItemId());
        try {
            service.update(detaineeId, line.templateItemId(), line.version(), edit.status, edit.note);
            messages.info("staff", "staff_citizen_release.saved");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        loadChecklist();
    }

    public void addItem() {
        try {
            service.addTemplateItem(staffUser.getEstablishmentId(), newKind, newLabel);
            newLabel = null;
            messages.info("staff", "staff_citizen_release.itemAdded");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        template = service.template(staffUser.getEstablishmentId());
    }

    public void toggle(ReleaseTemplateItem item) {
        try {
            service.setActive(item.getId(), item.getVersion(), !item.isActive());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        template = service.template(staffUser.getEstablishmentId());
    }

    public void moveUp(ReleaseTemplateItem item) {
        try {
            service.moveUp(item.getId());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        template = service.template(staffUser.getEstablishmentId());
    }

    /** Opens the rewording form on an item, with what it says now and the version seen. */
    public void reword(ReleaseTemplateItem item) {
        rewordId = item.getId();
        rewordVersion = item.getVersion();
        rewordKind = item.getKind();
        rewordLabel = item.getLabel();
    }

    /** Saves the new words of the item (every checklist follows); the form stays open when refused. */
    public void saveWords() {
        try {
            service.describeTemplateItem(rewordId, rewordVersion, rewordKind, rewordLabel);
            messages.info("staff", "staff_citizen_release.reworded");
            cancelWords();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        template = service.template(staffUser.getEstablishmentId());
    }

    public void cancelWords() {
        rewordId = null;
        rewordKind = null;
        rewordLabel = null;
    }

    public void printed(CvService.PrintWaiting print) {
        cvService.markPrinted(print.detaineeId());
        messages.info("staff", "staff_citizen_release.printed");
        prints = cvService.printsWaiting(staffUser.getEstablishmentId());
    }

    public boolean isDirection() {
        return staffUser.holdsAny("DIRECTION");
    }

    public ChecklistStatus[] getStatuses() {
        return ChecklistStatus.values();
    }

    public ReleaseItemKind[] getKinds() {
        return ReleaseItemKind.values();
    }

    public Edit edit(ChecklistLine line) {
        return edits.get(line.templateItemId());
    }

    public Long getDetaineeId() {
        return detaineeId;
    }

    public void setDetaineeId(Long detaineeId) {
        this.detaineeId = detaineeId;
    }

    public ReleaseChecklist getChecklist() {
        return checklist;
    }

    public List<ReleasePreparationService.UpcomingRelease> getUpcoming() {
        return upcoming;
    }

    public List<CvService.PrintWaiting> getPrints() {
        return prints;
    }

    public List<ReleaseTemplateItem> getTemplate() {
        return template;
    }

    public ReleaseItemKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ReleaseItemKind newKind) {
        this.newKind = newKind;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public Long getRewordId() {
        return rewordId;
    }

    public ReleaseItemKind getRewordKind() {
        return rewordKind;
    }

    public void setRewordKind(ReleaseItemKind rewordKind) {
        this.rewordKind = rewordKind;
    }

    public String getRewordLabel() {
        return rewordLabel;
    }

    public void setRewordLabel(String rewordLabel) {
        this.rewordLabel = rewordLabel;
    }
}
