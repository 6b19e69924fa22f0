package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.schedule.PayClass;

/**
 * The dated values pay is computed from. The minimum wage and the training allowance are amounts in
 * euros an hour; the four work items are shares of the minimum wage in percent, one per
 * {@link PayClass}.
 */
public enum RateItem {
    /** SMIC brut horaire: national only (it is the law, the same for every establishment). */
    MINIMUM_WAGE(null),
    PRODUCTION(PayClass.PRODUCTION),
    CLASS_I(PayClass.CLASS_I),
    CLASS_II(PayClass.CLASS_II),
    CLASS_III(PayClass.CLASS_III),
    /** Hourly allowance of vocational training: a national default an establishment may replace. */
    TRAINING_ALLOWANCE(null);

    private final PayClass payClass;

    RateItem(PayClass payClass) {
        this.payClass = payClass;
    }

    /** The pay class this share is for; null for the minimum wage and the training allowance. */
    public PayClass payClass() {
        return payClass;
    }

    /** A percentage of the minimum wage (a work pay class), rather than an amount in euros. */
    public boolean isShare() {
        return payClass != null;
    }

    /** Only a national value exists (no establishment may have its own). */
    public boolean isNationalOnly() {
        return this == MINIMUM_WAGE;
    }

    public static RateItem of(PayClass payClass) {
        for (RateItem item : values()) {
            if (item.payClass == payClass) {
                return item;
            }
        }
        throw new IllegalArgumentException("no rate item for " + payClass);
    }
}
