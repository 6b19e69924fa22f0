package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** Too many half-days proposed. */
public class TooManyHalfDaysException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyHalfDaysException(int max) {
        super("request.halfDays.tooMany", max);
    }
}
