package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** An approval needs what makes it effective: a first day, an activity, an appointment time. */
public class ApprovalDetailsRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApprovalDetailsRequiredException(ApprovalDetail what) {
        super("request.approval." + what.name());
    }
}
