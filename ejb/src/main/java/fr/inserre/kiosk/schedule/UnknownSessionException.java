package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** No such session, or not one the caller may see. */
public class UnknownSessionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSessionException(long id) {
        super("schedule.session.unknown", id);
    }
}
