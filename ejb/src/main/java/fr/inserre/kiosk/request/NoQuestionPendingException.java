package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The detainee answers only when staff asked a question. */
public class NoQuestionPendingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoQuestionPendingException() {
        super("request.question.none");
    }
}
