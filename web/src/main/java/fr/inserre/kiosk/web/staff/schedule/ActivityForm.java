package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.io.Serializable;
import java.time.LocalDate;

/** What the activity form holds while the manager types: kept across refusals, so nothing is lost. */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ActivityKind kind = ActivityKind.WORK;
    private WorkType workType;
    private String title;
    private String description;
    private String easyDescription;
    private String place;
    private int capacity = 12;
    private Long staffInChargeId;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean paid;
    private PayClass payClass;
    private String prerequisites;
    private String whatToBring;
    private int rotaWeeks = 1;

    static ActivityForm of(ActivityDetails details) {
        ActivityForm form = new ActivityForm();
        form.kind = details.kind();
        form.workType = details.workType();
        form.title = details.title();
        form.description = details.description();
        form.easyDescription = details.easyDescription();
        form.place = details.place();
        form.capacity = details.capacity();
        form.staffInChargeId = details.staffInChargeId();
        form.startDate = details.startDate();
        form.endDate = details.endDate();
        form.paid = details.paid();
        form.payClass = details.payClass();
        form.prerequisites = details.prerequisites();
        form.whatToBring = details.whatToBring();
        form.rotaWeeks = details.rotaWeeks();
        return form;
    }

    /** The details to send; fields that do not apply to the kind are dropped (no work type for a training). */
    ActivityDetails details() {
        boolean work = kind == ActivityKind.WORK;
        return new ActivityDetails(kind, work ? workType : null, title, description, easyDescription, place, capacity,
                staffInChargeId, startDate, endDate, paid, work && paid ? payClass : null, prerequisites, whatToBring,
                rotaWeeks);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEasyDescription() {
        return easyDescription;
    }

    public void setEasyDescription(String easyDescription) {
        this.easyDescription = easyDescription;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Long getStaffInChargeId() {
        return staffInChargeId;
    }

    public void setStaffInChargeId(Long staffInChargeId) {
        this.staffInChargeId = staffInChargeId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public PayClass getPayClass() {
        return payClass;
    }

    public void setPayClass(PayClass payClass) {
        this.payClass = payClass;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }

    public String getWhatToBring() {
        return whatToBring;
    }

    public void setWhatToBring(String whatToBring) {
        this.whatToBring = whatToBring;
    }

    public int getRotaWeeks() {
        return rotaWeeks;
    }

    public void setRotaWeeks(int rotaWeeks) {
        this.rotaWeeks = rotaWeeks;
    }
}
