package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The text is longer than the request can hold. */
public class TextTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TextTooLongException(int max) {
        super("request.text.tooLong", max);
    }
}
