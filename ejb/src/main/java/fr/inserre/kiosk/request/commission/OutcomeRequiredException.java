package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** A decision must say what is decided. */
public class OutcomeRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OutcomeRequiredException() {
        super("commission.outcome.required");
    }
}
