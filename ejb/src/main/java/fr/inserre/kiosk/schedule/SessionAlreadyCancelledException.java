package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A cancelled session can be neither cancelled again nor moved. */
public class SessionAlreadyCancelledException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SessionAlreadyCancelledException() {
        super("schedule.session.alreadyCancelled");
    }
}
