package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** The establishment already has a place with this name. */
public class DuplicatePlaceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicatePlaceException(String name) {
        super("place.name.duplicate", name);
    }
}
