package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** Only a manager may override a schedule conflict, and only with a reason. */
public class OverrideNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OverrideNotAllowedException() {
        super("schedule.override.notAllowed");
    }
}
