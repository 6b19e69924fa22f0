package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** No partner with that id in the caller's establishment. */
public class UnknownPartnerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownPartnerException(long id) {
        super("citizen.partner.unknown", id);
    }
}
