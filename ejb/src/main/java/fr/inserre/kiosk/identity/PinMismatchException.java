package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** The new PIN and its confirmation differ. */
public class PinMismatchException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PinMismatchException() {
        super("identity.pin.mismatch");
    }
}
