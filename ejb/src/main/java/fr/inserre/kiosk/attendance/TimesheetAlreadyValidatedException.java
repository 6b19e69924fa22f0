package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** The week is already validated. */
public class TimesheetAlreadyValidatedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TimesheetAlreadyValidatedException(String detainee, java.time.LocalDate week) {
        super("attendance.timesheet.alreadyValidated", detainee, week);
    }
}
