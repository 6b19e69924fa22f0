package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** No establishment has this id. */
public class UnknownEstablishmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownEstablishmentException(long id) {
        super("establishment.unknown", id);
    }
}
