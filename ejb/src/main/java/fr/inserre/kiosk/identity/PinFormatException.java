package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** A PIN that is not exactly six digits. */
public class PinFormatException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PinFormatException() {
        super("identity.pin.format");
    }
}
