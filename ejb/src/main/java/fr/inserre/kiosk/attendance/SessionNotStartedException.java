package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** Presence cannot be recorded before the session starts. */
public class SessionNotStartedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SessionNotStartedException(String activity) {
        super("attendance.rollCall.notStarted", activity);
    }
}
