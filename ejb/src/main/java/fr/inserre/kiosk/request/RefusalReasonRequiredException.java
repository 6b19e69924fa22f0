package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A refusal always carries a reason for the detainee. */
public class RefusalReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RefusalReasonRequiredException() {
        super("request.reason.required");
    }
}
