package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** A presence of the week has no end yet (missing clock-out): complete it first. */
public class OpenPresenceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OpenPresenceException(java.time.LocalDate date) {
        super("attendance.timesheet.openPresence", date);
    }
}
