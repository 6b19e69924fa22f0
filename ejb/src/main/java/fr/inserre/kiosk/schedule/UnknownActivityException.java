package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** No activity with that id in the caller's establishment. */
public class UnknownActivityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownActivityException(long id) {
        super("schedule.activity.unknown", id);
    }
}
