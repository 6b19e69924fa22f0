package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A period whose last day is before its first day. */
public class InvalidPeriodException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPeriodException() {
        super("schedule.period.invalid");
    }
}
