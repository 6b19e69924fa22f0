package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** The week has no attendance to validate. */
public class NothingToValidateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NothingToValidateException(String detainee, java.time.LocalDate week) {
        super("attendance.timesheet.empty", detainee, week);
    }
}
