package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** The PARTNER account is linked to no partner organisation: it cannot publish or see slots. */
public class NotAPartnerAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAPartnerAccountException() {
        super("citizen.slot.noPartner");
    }
}
