package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.ActivitySession;
import fr.inserre.kiosk.schedule.SessionService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Backing of /staff/schedule/sessions.xhtml: an activity's sessions over four weeks from a date, to
 * cancel or move one (with the reason the detainees will read).
 */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WEEKS_SHOWN = 4;

    @Inject
    ActivityService activityService;

    @Inject
    SessionService sessionService;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long activityId;
    private Activity activity;
    private LocalDate from;
    private List<ActivitySession> sessions = List.of();
    private ActivitySession selected;
    private String reason;
    private LocalDate moveDate;
    private LocalTime moveStart;
    private LocalTime moveEnd;
    private String movePlace;

    public void load() {
        if (activity != null || activityId == null) {
            return;
        }
        try {
            activity = activityService.get(activityId);
            if (from == null) {
                from = LocalDate.now(clock);
            }
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void refresh() {
        sessions = sessionService.ofActivity(activityId, from, from.plusWeeks(WEEKS_SHOWN));
    }

    /** Chooses the session to act on; the move form starts from its current times. */
    public void select(ActivitySession session) {
        selected = session;
        reason = null;
        moveDate = session.getDate();
        moveStart = LocalTime.ofInstant(session.getStartAt(), fr.inserre.kiosk.common.ClockProducer.ZONE);
        moveEnd = LocalTime.ofInstant(session.getEndAt(), fr.inserre.kiosk.common.ClockProducer.ZONE);
        movePlace = session.getPlace();
    }

    public void cancel() {
        try {
            sessionService.cancel(selected.getId(), selected.getVersion(), reason);
            messages.info("staff", "staff_schedule_sessions.cancelled");
            selected = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void move() {
        try {
            sessionService.move(selected.getId(), selected.getVersion(), moveDate, moveStart, moveEnd, movePlace, reason);
            messages.info("staff", "staff_schedule_sessions.moved");
            selected = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public List<ActivitySession> getSessions() {
        return sessions;
    }

    public ActivitySession getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public LocalTime getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalTime moveStart) {
        this.moveStart = moveStart;
    }

    public LocalTime getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(LocalTime moveEnd) {
        this.moveEnd = moveEnd;
    }

    public String getMovePlace() {
        return movePlace;
    }

    public void setMovePlace(String movePlace) {
        this.movePlace = movePlace;
    }
}
