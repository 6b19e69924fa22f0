package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** No such attendance in the caller's reach. */
public class UnknownAttendanceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAttendanceException(long id) {
        super("attendance.unknown", id);
    }
}
