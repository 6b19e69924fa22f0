package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** Another partner of the establishment already has this name. */
public class DuplicatePartnerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicatePartnerException(String name) {
        super("citizen.partner.duplicate", name);
    }
}
