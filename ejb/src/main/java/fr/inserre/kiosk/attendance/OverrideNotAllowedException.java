package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** Only the direction may validate a week over the limits. */
public class OverrideNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OverrideNotAllowedException() {
        super("attendance.timesheet.overrideDirectionOnly");
    }
}
