package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** "Je termine" without "Je commence": nothing is open to close. */
public class NotClockedInException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotClockedInException() {
        super("attendance.clock.notIn");
    }
}
