package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** A kiosk idle timeout outside the allowed range. */
public class InvalidIdleTimeoutException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidIdleTimeoutException(int seconds, int min, int max) {
        super("establishment.idle.range", seconds, min, max);
    }
}
