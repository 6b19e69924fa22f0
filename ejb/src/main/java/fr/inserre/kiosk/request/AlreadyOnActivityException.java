package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The detainee asks for an activity they are already on. */
public class AlreadyOnActivityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyOnActivityException(String title) {
        super("request.activity.alreadyOn", title);
    }
}
