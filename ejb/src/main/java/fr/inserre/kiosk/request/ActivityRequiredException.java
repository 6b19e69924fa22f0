package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The request must name an activity. */
public class ActivityRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ActivityRequiredException() {
        super("request.activity.required");
    }
}
