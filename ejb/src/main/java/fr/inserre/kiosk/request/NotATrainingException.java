package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A training request names a training or education activity. */
public class NotATrainingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotATrainingException(String title) {
        super("request.activity.notTraining", title);
    }
}
