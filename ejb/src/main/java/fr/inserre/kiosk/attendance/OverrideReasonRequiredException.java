package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** An override of the limits needs a reason. */
public class OverrideReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OverrideReasonRequiredException() {
        super("attendance.timesheet.overrideReason");
    }
}
