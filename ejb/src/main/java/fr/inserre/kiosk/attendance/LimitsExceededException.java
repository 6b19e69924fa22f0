package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** The week breaks working-time limits: only the direction may validate it, with a reason. */
public class LimitsExceededException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LimitsExceededException(String violations) {
        super("attendance.timesheet.overLimits", violations);
    }
}
