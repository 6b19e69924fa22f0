package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The attendance line disputed does not exist or is not the detainee's (never say which). */
public class UnknownAttendanceLineException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAttendanceLineException() {
        super("request.hours.lineUnknown");
    }
}
