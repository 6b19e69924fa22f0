package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/**
 * A staff account that cannot act for this partner: not a PARTNER account of the establishment, or
 * already acting for another partner.
 */
public class PartnerAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        NOT_A_PARTNER_ACCOUNT("citizen.partner.account.notPartner"),
        ACTS_FOR_ANOTHER("citizen.partner.account.other");

        private final String key;

        Rule(String key) {
            this.key = key;
        }
    }

    public PartnerAccountException(Rule rule, String login) {
        super(rule.key, login);
    }
}
