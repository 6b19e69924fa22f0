package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;

/** A change that only applies to a present detainee was asked for a released one. */
public class DetaineeReleasedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DetaineeReleasedException(String prisonNumber) {
        super("detainee.released", prisonNumber);
    }
}
