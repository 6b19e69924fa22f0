package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** An activity whose details contradict each other, or a language version it cannot take; the key names which rule. */
public class InvalidActivityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The rules an activity's details must follow, each with its message. */
    public enum Rule {
        WORK_TYPE_ONLY_FOR_WORK("schedule.activity.workTypeOnlyForWork"),
        WORK_NEEDS_TYPE("schedule.activity.workNeedsType"),
        PAY_CLASS_ONLY_FOR_PAID_WORK("schedule.activity.payClassOnlyForPaidWork"),
        PAID_WORK_NEEDS_PAY_CLASS("schedule.activity.paidWorkNeedsPayClass"),
        DATES_IN_ORDER("schedule.activity.datesInOrder"),
        ROTA_SHORTER_THAN_SLOTS("schedule.activity.rotaShorterThanSlots"),
        TRANSLATION_NOT_FRENCH("schedule.activity.translation.notFrench"),
        TRANSLATION_REQUIRED("schedule.activity.translation.required"),
        TRANSLATION_TOO_LONG("schedule.activity.translation.tooLong");

        final String key;

        Rule(String key) {
            this.key = key;
        }
    }

    private final Rule rule;

    public InvalidActivityException(Rule rule) {
        super(rule.key);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
