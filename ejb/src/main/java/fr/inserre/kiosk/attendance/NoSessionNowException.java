package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** No session of the detainee happens here now (within the clock-in tolerance). */
public class NoSessionNowException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoSessionNowException() {
        super("attendance.clock.noSession");
    }
}
