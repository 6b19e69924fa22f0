package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** Clocking in and out happens at a workshop terminal only. */
public class NotAWorkshopTerminalException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAWorkshopTerminalException() {
        super("attendance.clock.notWorkshop");
    }
}
