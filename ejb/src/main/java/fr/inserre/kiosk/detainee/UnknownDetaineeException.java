package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;

/** No detainee has this id. */
public class UnknownDetaineeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownDetaineeException(long id) {
        super("detainee.unknown", id);
    }
}
