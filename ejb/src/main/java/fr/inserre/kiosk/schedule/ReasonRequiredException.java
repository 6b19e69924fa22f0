package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A change would cancel sessions detainees expect: it needs a reason they will read. */
public class ReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReasonRequiredException(int sessions) {
        super("schedule.reason.required", sessions);
    }
}
