package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** A general request needs its text. */
public class TextRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TextRequiredException() {
        super("request.text.required");
    }
}
