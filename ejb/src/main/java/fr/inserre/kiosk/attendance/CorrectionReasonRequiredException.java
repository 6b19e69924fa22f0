package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** A change to what was already recorded needs a reason. */
public class CorrectionReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CorrectionReasonRequiredException() {
        super("attendance.correction.reasonRequired");
    }
}
