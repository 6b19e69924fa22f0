package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The reason picked belongs to another kind of request. */
public class ReasonNotForTypeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReasonNotForTypeException() {
        super("request.reason.notForType");
    }
}
