package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** Sessions and appointments that already began cannot be changed. */
public class InPastException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InPastException() {
        super("schedule.past");
    }
}
