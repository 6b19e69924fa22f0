package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.common.KioskLanguage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Work, training, education or sport/culture offered in an establishment: what it is (with an
 * easy-to-read version for the kiosk, and versions of it in the kiosk's other languages), where, for how
 * many, from when to when, and its weekly slots. Sessions are planned from the slots (see
 * {@link SessionPlanner}). Managers edit it concurrently: the version (bumped by a change of a language
 * version too) refuses a stale edit.
 */
@Entity
@Table(name = "activity")
@NamedEntityGraph(name = Activity.WITH_SLOTS, attributeNodes = @NamedAttributeNode("slots"))
public class Activity extends AuditedEntity {

    public static final String WITH_SLOTS = "Activity.withSlots";
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int EASY_DESCRIPTION_MAX = 600;
    public static final int PLACE_MAX = 120;
    public static final int CAPACITY_MAX = 500;
    public static final int PREREQUISITES_MAX = 600;
    public static final int WHAT_TO_BRING_MAX = 300;
    /** A language version is the kiosk's text in that language: as long as the easy-to-read French one. */
    public static final int TRANSLATION_MAX = EASY_DESCRIPTION_MAX;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "work_type", length = 24)
    private WorkType workType;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = EASY_DESCRIPTION_MAX)
    @Column(name = "easy_description", length = EASY_DESCRIPTION_MAX)
    private String easyDescription;

    @NotBlank
    @Size(max = PLACE_MAX)
    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(nullable = false)
    private int capacity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_in_charge_id")
    private StaffMember staffInCharge;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean paid;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "pay_class", length = 16)
    private PayClass payClass;

    @Size(max = PREREQUISITES_MAX)
    @Column(length = PREREQUISITES_MAX)
    private String prerequisites;

    @Size(max = WHAT_TO_BRING_MAX)
    @Column(name = "what_to_bring", length = WHAT_TO_BRING_MAX)
    private String whatToBring;

    @Min(1)
    @Max(Recurrence.MAX_ROTA_WEEKS)
    @Column(name = "rota_weeks", nullable = false)
    private int rotaWeeks = 1;

    @Column(name = "planned_until")
    private LocalDate plannedUntil;

    /** The description in the kiosk's other languages, by language code ({@link KioskLanguage#getCode()}); never French. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_translation", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "description", nullable = false, length = TRANSLATION_MAX)
    private Map<String, String> translations = new HashMap<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST)
    @OrderBy("dayOfWeek, startTime")
    private List<ActivitySlot> slots = new ArrayList<>();

    protected Activity() {
        // for JPA
    }

    public Activity(Establishment establishment, ActivityDetails details, StaffMember staffInCharge) {
        this.establishment = establishment;
        describe(details, staffInCharge);
    }

    /** Replaces what the activity is; refused when the details contradict each other or the slots. */
    public final void describe(ActivityDetails details, StaffMember inCharge) {
        check(details);
        for (ActivitySlot slot : getSlots()) {
            if (slot.getRotaWeek() > details.rotaWeeks()) {
                throw new InvalidActivityException(InvalidActivityException.Rule.ROTA_SHORTER_THAN_SLOTS);
            }
        }
        kind = details.kind();
        workType = details.workType();
        title = details.title().strip();
        description = trimmed(details.description());
        easyDescription = trimmed(details.easyDescription());
        place = details.place().strip();
        capacity = details.capacity();
        staffInCharge = inCharge;
        startDate = details.startDate();
        endDate = details.endDate();
        paid = details.paid();
        payClass = details.payClass();
        prerequisites = trimmed(details.prerequisites());
        whatToBring = trimmed(details.whatToBring());
        rotaWeeks = details.rotaWeeks();
    }

    /** The cross-field rules of an activity's details. */
    static void check(ActivityDetails details) {
        boolean work = details.kind() == ActivityKind.WORK;
        if (!work && details.workType() != null) {
            throw new InvalidActivityException(InvalidActivityException.Rule.WORK_TYPE_ONLY_FOR_WORK);
        }
        if (work && details.workType() == null) {
            throw new InvalidActivityException(InvalidActivityException.Rule.WORK_NEEDS_TYPE);
        }
        if (details.payClass() != null && !(work && details.paid())) {
            throw new InvalidActivityException(InvalidActivityException.Rule.PAY_CLASS_ONLY_FOR_PAID_WORK);
        }
        if (work && details.paid() && details.payClass() == null) {
            throw new InvalidActivityException(InvalidActivityException.Rule.PAID_WORK_NEEDS_PAY_CLASS);
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new InvalidActivityException(InvalidActivityException.Rule.DATES_IN_ORDER);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Writes (or rewrites) the description in another kiosk language; refused for French (the French
     * descriptions are the activity's details), for an empty text or a too long one.
     */
    public void translate(KioskLanguage language, String text) {
        if (language == KioskLanguage.FR) {
            throw new InvalidActivityException(InvalidActivityException.Rule.TRANSLATION_NOT_FRENCH);
        }
        String clean = trimmed(text);
        if (clean == null) {
            throw new InvalidActivityException(InvalidActivityException.Rule.TRANSLATION_REQUIRED);
        }
        if (clean.length() > TRANSLATION_MAX) {
            throw new InvalidActivityException(InvalidActivityException.Rule.TRANSLATION_TOO_LONG);
        }
        translations.put(language.getCode(), clean);
    }

    /** Removes the version in a language (nothing happens when there is none); French cannot be removed. */
    public void removeTranslation(KioskLanguage language) {
        if (language == KioskLanguage.FR) {
            throw new InvalidActivityException(InvalidActivityException.Rule.TRANSLATION_NOT_FRENCH);
        }
        translations.remove(language.getCode());
    }

    /** What a reader of {@code wanted} is shown of the description (null when there is none at all). */
    public ActivityDescription describeIn(KioskLanguage wanted) {
        String translation = wanted == KioskLanguage.FR ? null : translations.get(wanted.getCode());
        return ActivityDescription.choose(wanted, translation, easyDescription, description);
    }

    public Optional<String> translationIn(KioskLanguage language) {
        return Optional.ofNullable(translations.get(language.getCode()));
    }

    /** The languages the description has a version in, besides French, in the kiosk's order. */
    public List<KioskLanguage> getTranslatedLanguages() {
        return Arrays.stream(KioskLanguage.values()).filter(l -> translations.containsKey(l.getCode())).toList();
    }

    /** Every language version by language code (read-only). */
    public Map<String, String> getTranslations() {
        return Collections.unmodifiableMap(translations);
    }

    /** Adds a weekly slot; sessions are planned for it by {@link SessionPlanner}. */
    public ActivitySlot addSlot(SlotRule rule) {
        if (rule.rotaWeek() > rotaWeeks) {
            throw new InvalidSlotException();
        }
        ActivitySlot slot = new ActivitySlot(this, rule);
        slots.add(slot);
        return slot;
    }

    /** The weekly pattern, counted from the activity's start date. */
    public Recurrence recurrence(ZoneId zone) {
        return new Recurrence(getSlots().stream().map(ActivitySlot::rule).toList(), rotaWeeks, startDate, zone);
    }

    /** Whether the activity runs on that date (between its start and end dates). */
    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    void plannedUntil(LocalDate date) {
        plannedUntil = date;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getEasyDescription() {
        return easyDescription;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public StaffMember getStaffInCharge() {
        return staffInCharge;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isPaid() {
        return paid;
    }

    public PayClass getPayClass() {
        return payClass;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public String getWhatToBring() {
        return whatToBring;
    }

    public int getRotaWeeks() {
        return rotaWeeks;
    }

    public LocalDate getPlannedUntil() {
        return plannedUntil;
    }

    /** The slots in use (removed ones are kept only for the sessions planned from them). */
    public List<ActivitySlot> getSlots() {
        return slots.stream().filter(slot -> !slot.isRemoved()).toList();
    }

    /** The details as they are now, to edit them. */
    public ActivityDetails details() {
        return new ActivityDetails(kind, workType, title, description, easyDescription, place, capacity,
                staffInCharge == null ? null : staffInCharge.getId(), startDate, endDate, paid, payClass,
                prerequisites, whatToBring, rotaWeeks);
    }
}
