package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A general request is answered with a text. */
public class AnswerRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AnswerRequiredException() {
        super("request.answer.required");
    }
}
