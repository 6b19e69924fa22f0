package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** This kind of request cannot end that way (only training goes on a waiting list, only a general request is answered in writing). */
public class OutcomeNotForTypeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OutcomeNotForTypeException(RequestStatus outcome) {
        super("request.outcome." + outcome.name());
    }
}
