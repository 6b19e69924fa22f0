package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** No place has this id. */
public class UnknownPlaceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownPlaceException(long id) {
        super("place.unknown", id);
    }
}
