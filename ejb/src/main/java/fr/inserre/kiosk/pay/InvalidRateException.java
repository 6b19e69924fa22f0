package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;

/** A rate value that breaks a rule of its item. */
public class InvalidRateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The rules a new rate value must follow, each with its message. */
    public enum Rule {
        /** A share of the SMIC is a percentage: at most 100. */
        SHARE_OVER_100("pay.rate.shareOver100"),
        /** National floors and the national training default come with the software (a migration), not a screen. */
        NATIONAL_VALUE_FROM_RELEASE("pay.rate.nationalFromRelease");

        final String key;

        Rule(String key) {
            this.key = key;
        }
    }

    private final Rule rule;

    public InvalidRateException(Rule rule) {
        super(rule.key);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
