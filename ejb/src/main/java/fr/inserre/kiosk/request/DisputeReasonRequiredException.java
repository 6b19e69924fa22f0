package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A disputed line needs a reason (tapped from the list). */
public class DisputeReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DisputeReasonRequiredException() {
        super("request.hours.reasonRequired");
    }
}
