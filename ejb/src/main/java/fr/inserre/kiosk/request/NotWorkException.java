package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A job application names a work activity (or any work). */
public class NotWorkException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotWorkException(String title) {
        super("request.activity.notWork", title);
    }
}
