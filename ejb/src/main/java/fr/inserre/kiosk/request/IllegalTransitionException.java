package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The request cannot change that way from where it stands (one message per current status). */
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(RequestStatus current) {
        super("request.status." + current.name());
    }
}
