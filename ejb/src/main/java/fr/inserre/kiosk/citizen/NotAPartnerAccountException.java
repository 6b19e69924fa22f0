package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** The login is not a PARTNER staff account of the partner's establishment. */
public class NotAPartnerAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAPartnerAccountException(String login) {
        super("citizen.partner.account.notPartner", login);
    }
}
