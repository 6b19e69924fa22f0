package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** You already started: a second clock-in is refused. */
public class AlreadyClockedInException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyClockedInException(String activity, java.time.LocalTime since) {
        super("attendance.clock.alreadyIn", activity, since);
    }
}
