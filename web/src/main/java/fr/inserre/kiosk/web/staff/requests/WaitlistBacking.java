package fr.inserre.kiosk.web.staff.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.ScheduleConflictException;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/requests/waitlist.xhtml?activity=…: a training's waiting list in order (first =
 * next to be placed), and placing a person from a day, which approves their request. A schedule
 * conflict can be overridden with a reason, for the person it was shown for.
 */
@Named
@ViewScoped
public class WaitlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activityService;

    @Inject
    RequestDesk desk;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long activityId;
    private Activity activity;
    private List<Request> waiting = List.of();
    private LocalDate from;
    private Long conflictFor;
    private String overrideReason;

    public void load() {
        if (activity != null || activityId == null) {
            return;
        }
        try {
            activity = activityService.get(activityId);
            from = LocalDate.now(clock).plusDays(1);
            waiting = desk.waitlist(activityId);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Places the person from the day chosen: their request is approved and they are allocated. */
    public void place(Request request) {
        Decision decision = Decision.allocateFrom(from, null, null);
        try {
            desk.decide(request.getId(), request.getVersion(),
                    request.getId().equals(conflictFor) ? decision.overriding(overrideReason) : decision);
            messages.info("staff", "staff_requests_waitlist.placed", request.getDetainee().getDisplayName());
            conflictFor = null;
            overrideReason = null;
            waiting = desk.waitlist(activityId);
        } catch (ScheduleConflictException conflict) {
            conflictFor = request.getId();
            messages.refused(conflict);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
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

    public List<Request> getWaiting() {
        return waiting;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** The request whose conflict was shown: placing it again overrides the conflict with the reason. */
    public Long getConflictFor() {
        return conflictFor;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
