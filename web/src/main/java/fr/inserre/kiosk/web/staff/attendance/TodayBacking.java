package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.RollCallService;
import fr.inserre.kiosk.attendance.SessionSummary;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/attendance/today.xhtml: the sessions of a day (today by default) in the staff
 * member's establishment, with their counts; the ones they may take open the roll-call.
 */
@Named("attendanceToday")
@ViewScoped
public class TodayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RollCallService rollCall;

    @Inject
    StaffUser staffUser;

    private LocalDate date;
    private List<SessionSummary> sessions;

    public void load() {
        if (date == null) {
            date = LocalDate.now(ClockProducer.ZONE);
        }
        sessions = rollCall.day(staffUser.getEstablishmentId(), date);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }
}
