package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.ScheduleConflictException;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/schedule/roster.xhtml: who is on an activity, places used, allocating a detainee
 * (a conflict is shown with what and when, and can be overridden with a reason by a manager) and
 * ending an allocation.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activityService;

    @Inject
    AllocationService allocationService;

    @Inject
    DetaineeService detaineeService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long activityId;
    private Activity activity;
    private List<Allocation> roster = List.of();
    private long taken;
    private String detainee;
    private LocalDate from;
    private LocalDate until;
    private String overrideReason;
    private boolean conflictShown;
    private Allocation ending;
    private LocalDate lastDay;
    private AllocationEndReason endReason = AllocationEndReason.COMPLETED;
    private String endComment;

    public void load() {
        if (activity != null || activityId == null) {
            return;
        }
        try {
            activity = activityService.get(activityId);
            from = LocalDate.now(clock);
            refreshRoster();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    private void refreshRoster() {
        roster = activityService.roster(activityId);
        taken = activityService.placesTaken(staffUser.getEstablishmentId(), List.of(activityId), LocalDate.now(clock))
                .getOrDefault(activityId, 0L);
    }

    public List<String> suggest(String typed) {
        return DetaineePicker.suggest(detaineeService, staffUser.getEstablishmentId(), typed);
    }

    public void allocate() {
        Detainee person = DetaineePicker.find(detaineeService, staffUser.getEstablishmentId(), detainee);
        if (person == null) {
            messages.error("allocation:detainee", "staff", "staff_schedule_roster.unknownDetainee");
            return;
        }
        try {
            allocationService.allocate(activityId, person.getId(), from, until, conflictShown ? overrideReason : null);
            messages.info("staff", "staff_schedule_roster.allocated", person.getDisplayName());
            detainee = null;
            until = null;
            overrideReason = null;
            conflictShown = false;
            refreshRoster();
        } catch (ScheduleConflictException conflict) {
            conflictShown = true;
            messages.refused(conflict);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void startEnding(Allocation allocation) {
        ending = allocation;
        lastDay = LocalDate.now(clock);
        endReason = AllocationEndReason.COMPLETED;
        endComment = null;
    }

    public void end() {
        try {
            allocationService.end(ending.getId(), ending.getVersion(), lastDay, endReason, endComment);
            messages.info("staff", "staff_schedule_roster.ended");
            ending = null;
            refreshRoster();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Places held today, as the service counts them for the activities list. */
    public long getTaken() {
        return taken;
    }

    public boolean isManager() {
        return staffUser.holdsAny("WORK_MANAGER", "TRAINING_MANAGER", "DIRECTION");
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public Activity getActivity() {
        return activity;
    }

    public List<Allocation> getRoster() {
        return roster;
    }

    public String getDetainee() {
        return detainee;
    }

    public void setDetainee(String detainee) {
        this.detainee = detainee;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public boolean isConflictShown() {
        return conflictShown;
    }

    public Allocation getEnding() {
        return ending;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public AllocationEndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(AllocationEndReason endReason) {
        this.endReason = endReason;
    }

    public AllocationEndReason[] getEndReasons() {
        return AllocationEndReason.values();
    }

    public String getEndComment() {
        return endComment;
    }

    public void setEndComment(String endComment) {
        this.endComment = endComment;
    }
}
