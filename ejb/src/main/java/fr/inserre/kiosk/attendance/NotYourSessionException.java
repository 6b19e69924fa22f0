package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** The caller neither leads nor manages this activity. */
public class NotYourSessionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotYourSessionException(String activity) {
        super("attendance.rollCall.notYours", activity);
    }
}
