package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** A PIN too easy to guess: all digits the same, or a straight run. */
public class PinTooSimpleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PinTooSimpleException() {
        super("identity.pin.tooSimple");
    }
}
