package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** A session happens here now, but the detainee is not allocated to it. */
public class NotAllocatedHereException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAllocatedHereException(String activity) {
        super("attendance.clock.notAllocated", activity);
    }
}
