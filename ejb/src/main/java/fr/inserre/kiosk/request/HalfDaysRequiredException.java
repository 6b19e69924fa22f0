package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** An appointment request proposes at least one half-day. */
public class HalfDaysRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public HalfDaysRequiredException() {
        super("request.halfDays.required");
    }
}
