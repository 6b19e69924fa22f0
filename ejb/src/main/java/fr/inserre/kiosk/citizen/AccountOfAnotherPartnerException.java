package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** The PARTNER account already acts for another partner (an account acts for one at most). */
public class AccountOfAnotherPartnerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountOfAnotherPartnerException(String login) {
        super("citizen.partner.account.other", login);
    }
}
