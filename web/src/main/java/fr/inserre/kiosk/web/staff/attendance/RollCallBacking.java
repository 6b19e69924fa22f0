package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.AbsenceReason;
import fr.inserre.kiosk.attendance.AttendanceEntry;
import fr.inserre.kiosk.attendance.RollCall;
import fr.inserre.kiosk.attendance.RollCallService;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.common.BusinessMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing of /staff/attendance/rollcall.xhtml?session=ID: the session's list, one action per detainee
 * ("Présent" with the badge times or the session's, "Absent" with a reason), optional times and a
 * correction reason per line, and the history of a line. The service decides who may and checks the
 * establishment; this bean only carries what was typed.
 */
@Named("attendanceRollCall")
@ViewScoped
public class RollCallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What staff typed on one line. */
    public static class Input implements Serializable {

        private static final long serialVersionUID = 1L;

        private AbsenceReason reason;
        private String note;
        private String why;
        private LocalTime from;
        private LocalTime to;

        public AbsenceReason getReason() {
            return reason;
        }

        public void setReason(AbsenceReason reason) {
            this.reason = reason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getWhy() {
            return why;
        }

        public void setWhy(String why) {
            this.why = why;
        }

        public LocalTime getFrom() {
            return from;
        }

        public void setFrom(LocalTime from) {
            this.from = from;
        }

        public LocalTime getTo() {
            return to;
        }

        public void setTo(LocalTime to) {
            this.to = to;
        }
    }

    @Inject
    RollCallService rollCall;

    private Long sessionId;
    private RollCall sheet;
    private final Map<Long, Input> inputs = new HashMap<>();
    private List<AttendanceEntry> history;
    private String historyOf;

    public void load() {
        if (sessionId == null) {
            return;
        }
        try {
            sheet = rollCall.sheet(sessionId);
        } catch (BusinessException refusal) {
            BusinessMessages.addError(FacesContext.getCurrentInstance(), refusal);
        }
    }

    public Input input(RollCall.Line line) {
        return inputs.computeIfAbsent(line.attendanceId(), k -> new Input());
    }

    public void present(RollCall.Line line) {
        Input input = input(line);
        act(line, () -> rollCall.markPresent(line.attendanceId(), line.version(), instant(input.getFrom(), null),
                instant(input.getTo(), input.getFrom()), input.getWhy()), "staff_attendance_rollcall.presentDone");
    }

    public void absent(RollCall.Line line) {
        Input input = input(line);
        if (input.getReason() == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, context.getApplication()
                    .getResourceBundle(context, "staff").getString("staff_attendance_rollcall.reasonRequired"), null));
            return;
        }
        act(line, () -> rollCall.markAbsent(line.attendanceId(), line.version(), input.getReason(), input.getNote(),
                input.getWhy()), "staff_attendance_rollcall.absentDone");
    }

    public void showHistory(RollCall.Line line) {
        historyOf = line.name();
        history = rollCall.history(line.attendanceId());
    }

    private void act(RollCall.Line line, Runnable action, String doneKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.run();
            inputs.remove(line.attendanceId());
            String done = context.getApplication().getResourceBundle(context, "staff").getString(doneKey);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.replace("{0}", line.name()), null));
        } catch (BusinessException refusal) {
            BusinessMessages.addError(context, refusal);
        }
        load();
    }

    /** A time typed for the session's day; an end before the start is on the next day (a night session). */
    private Instant instant(LocalTime time, LocalTime after) {
        if (time == null) {
            return null;
        }
        LocalDate day = sheet.date();
        if (after != null && time.isBefore(after)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, time, ClockProducer.ZONE).toInstant();
    }

    public AbsenceReason[] getReasons() {
        return AbsenceReason.values();
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public RollCall getSheet() {
        return sheet;
    }

    public List<AttendanceEntry> getHistory() {
        return history;
    }

    public String getHistoryOf() {
        return historyOf;
    }
}
