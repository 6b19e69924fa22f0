package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** Presence times out of order or in the future. */
public class InvalidPresenceTimesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPresenceTimesException() {
        super("attendance.times.invalid");
    }
}
