package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rate item as it stands on a day, for the rates page: the national value and the establishment's
 * own in force, which applies, what an hour pays, and the values already recorded for later days.
 *
 * @param item the rate item
 * @param national the national value in force (null if none)
 * @param own the establishment's own value in force (null if none)
 * @param applied the value that applies: the own one if any (for a share: if above the floor), else the national
 * @param ownApplies whether the applied value is the establishment's own
 * @param perHour euros an hour it gives (a share: SMIC × share rounded up to the cent); null when not computable
 * @param upcoming values recorded for later days, national and own, earliest first
 */
public record RateSummary(RateItem item, PayRate national, PayRate own, BigDecimal applied, boolean ownApplies,
        Money perHour, List<PayRate> upcoming) implements Serializable {
}
