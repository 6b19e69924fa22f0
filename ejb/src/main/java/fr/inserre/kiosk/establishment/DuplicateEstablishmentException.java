package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** Another establishment already has this code. */
public class DuplicateEstablishmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateEstablishmentException(String code) {
        super("establishment.code.duplicate", code);
    }
}
