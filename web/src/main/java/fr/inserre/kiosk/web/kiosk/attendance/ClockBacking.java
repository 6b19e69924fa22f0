package fr.inserre.kiosk.web.kiosk.attendance;

import fr.inserre.kiosk.attendance.ClockKind;
import fr.inserre.kiosk.attendance.ClockResult;
import fr.inserre.kiosk.attendance.ClockService;
import fr.inserre.kiosk.attendance.ClockState;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.common.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/attendance/clock.xhtml: "Je commence" and "Je termine", one tap each, then a big
 * confirmation with the time; a refusal shows as a plain message (the service words it).
 */
@Named("kioskClock")
@RequestScoped
public class ClockBacking {

    @Inject
    ClockService clock;

    @Inject
    Dates dates;

    private ClockState state;
    private ClockResult result;

    @PostConstruct
    void load() {
        state = clock.state();
    }

    public void start() {
        tap(ClockKind.IN);
    }

    public void finish() {
        tap(ClockKind.OUT);
    }

    private void tap(ClockKind kind) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            result = kind == ClockKind.IN ? clock.clockIn() : clock.clockOut();
        } catch (BusinessException refusal) {
            BusinessMessages.addError(context, refusal);
        }
        state = clock.state();
    }

    public ClockState getState() {
        return state;
    }

    public ClockResult getResult() {
        return result;
    }

    public boolean isStarted() {
        return result != null && result.kind() == ClockKind.IN;
    }

    public boolean isFinished() {
        return result != null && result.kind() == ClockKind.OUT;
    }

    /** The tap's time, "08:02". */
    public String getTime() {
        return result == null ? "" : dates.format(result.at(), "HH:mm");
    }

    /** Since when the detainee is clocked in, "08:02". */
    public String getSince() {
        return state == null || state.since() == null ? "" : dates.format(state.since(), "HH:mm");
    }

    /** The session's length after "Je termine", "3 h 28". */
    public String getDuration() {
        return result == null ? "" : String.format("%d h %02d", result.minutes() / 60, result.minutes() % 60);
    }
}
