package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.ActivitySlot;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backing of /staff/schedule/activity.xhtml: creates an activity (no id) or edits one, the versions of
 * its description in the kiosk's other languages, and its weekly slots. What the manager typed stays in
 * the form when the service refuses it; the version seen when the page was loaded goes with every
 * change, so a stale screen is refused by the service.
 */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activityService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private long version;
    private ActivityForm form;
    private String reasonForCancelledSessions;
    private boolean reasonAsked;
    private List<ActivitySlot> slots = List.of();
    private List<StaffMember> leaders;
    private DayOfWeek slotDay = DayOfWeek.MONDAY;
    private LocalTime slotStart = LocalTime.of(8, 0);
    private LocalTime slotEnd = LocalTime.of(11, 30);
    private int slotRotaWeek;
    private String removalReason;
    private Map<String, String> translations = Map.of();
    private String frenchReference;
    private KioskLanguage translationLanguage = KioskLanguage.EN;
    private String translationText;

    /** View action: loads the activity of the id parameter, or prepares an empty form. */
    public void load() {
        if (form != null) {
            return;
        }
        leaders = activityService.staffWhoCanLead(staffUser.getEstablishmentId());
        if (id == null) {
            form = new ActivityForm();
            form.setStartDate(LocalDate.now(clock));
            return;
        }
        try {
            refresh(id);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Reads the activity and its slots again (one call: the service fetches the slots with it). */
    private void refresh(long activityId) {
        Activity activity = activityService.get(activityId);
        id = activity.getId();
        version = activity.getVersion();
        form = ActivityForm.of(activity.details());
        slots = activity.getSlots();
        translations = Map.copyOf(activity.getTranslations());
        frenchReference = activity.getEasyDescription() != null ? activity.getEasyDescription()
                : activity.getDescription();
        showTranslation();
    }

    public String save() {
        try {
            if (id == null) {
                Activity created = activityService.create(staffUser.getEstablishmentId(), form.details());
                messages.infoAfterRedirect("staff", "staff_schedule_activity.created", created.getTitle());
                return "/staff/schedule/activity?faces-redirect=true&id=" + created.getId();
            }
            activityService.update(id, version, form.details(), reasonForCancelledSessions);
            refresh(id);
            reasonAsked = false;
            reasonForCancelledSessions = null;
            messages.info("staff", "staff_schedule_activity.saved");
        } catch (fr.inserre.kiosk.schedule.ReasonRequiredException needed) {
            reasonAsked = true;
            messages.refused(needed);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        return null;
    }

    public void addSlot() {
        try {
            activityService.addSlot(id, new SlotRule(null, slotDay, slotStart, slotEnd, slotRotaWeek));
            refresh(id);
            messages.info("staff", "staff_schedule_activity.slotAdded");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void removeSlot(long slotId) {
        if (removalReason == null || removalReason.isBlank()) {
            messages.error("slots:removal-reason", "staff", "staff_schedule.reasonNeeded");
            return;
        }
        try {
            int cancelled = activityService.removeSlot(id, slotId, removalReason);
            refresh(id);
            removalReason = null;
            messages.info("staff", "staff_schedule_activity.slotRemoved", cancelled);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Shows the text of the language picked (empty while it has no version). */
    public void showTranslation() {
        translationText = translations.get(translationLanguage.getCode());
    }

    /** Saves the version being written in the language picked. */
    public void saveTranslation() {
        changeTranslation(() -> activityService.translate(id, version, translationLanguage, translationText),
                "staff_schedule_activity.translation.saved");
    }

    /** Removes the version in the language picked: its readers get the French text again, labelled. */
    public void removeTranslation() {
        changeTranslation(() -> activityService.removeTranslation(id, version, translationLanguage),
                "staff_schedule_activity.translation.removed");
    }

    private void changeTranslation(Supplier<Activity> change, String confirmation) {
        try {
            change.get();
            refresh(id);
            messages.info("staff", confirmation);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Whether the language picked has a version. */
    public boolean isTranslated() {
        return translations.containsKey(translationLanguage.getCode());
    }

    public List<KioskLanguage> getTranslationLanguages() {
        return KioskLanguage.translations();
    }

    /** The languages that have a version, ticked on the language buttons. */
    public List<KioskLanguage> getTranslatedLanguages() {
        return getTranslationLanguages().stream().filter(l -> translations.containsKey(l.getCode())).toList();
    }

    /** The French text the versions translate: the easy-to-read one, else the full description. */
    public String getFrenchReference() {
        return frenchReference;
    }

    public KioskLanguage getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(KioskLanguage translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public String getTranslationText() {
        return translationText;
    }

    public void setTranslationText(String translationText) {
        this.translationText = translationText;
    }

    public boolean isExisting() {
        return id != null;
    }

    public boolean isWork() {
        return form != null && form.getKind() == ActivityKind.WORK;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityForm getForm() {
        return form;
    }

    public List<ActivitySlot> getSlots() {
        return slots;
    }

    public List<StaffMember> getLeaders() {
        return leaders;
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public WorkType[] getWorkTypes() {
        return WorkType.values();
    }

    public PayClass[] getPayClasses() {
        return PayClass.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String getReasonForCancelledSessions() {
        return reasonForCancelledSessions;
    }

    public void setReasonForCancelledSessions(String reasonForCancelledSessions) {
        this.reasonForCancelledSessions = reasonForCancelledSessions;
    }

    public boolean isReasonAsked() {
        return reasonAsked;
    }

    public DayOfWeek getSlotDay() {
        return slotDay;
    }

    public void setSlotDay(DayOfWeek slotDay) {
        this.slotDay = slotDay;
    }

    public LocalTime getSlotStart() {
        return slotStart;
    }

    public void setSlotStart(LocalTime slotStart) {
        this.slotStart = slotStart;
    }

    public LocalTime getSlotEnd() {
        return slotEnd;
    }

    public void setSlotEnd(LocalTime slotEnd) {
        this.slotEnd = slotEnd;
    }

    public int getSlotRotaWeek() {
        return slotRotaWeek;
    }

    public void setSlotRotaWeek(int slotRotaWeek) {
        this.slotRotaWeek = slotRotaWeek;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }
}
