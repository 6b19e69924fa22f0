package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The activity takes no requests now (it ended, or has not begun taking people). */
public class ActivityNotOpenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ActivityNotOpenException(String title) {
        super("request.activity.notOpen", title);
    }
}
