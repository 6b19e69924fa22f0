package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, exact to the cent (never a {@code double}). Always two decimals, so that
 * {@code equals} compares amounts ({@code 2.5} and {@code 2.50} are one amount).
 *
 * <p>The one rounding rule of pay lives here: {@link #forMinutes(long)} prices minutes at this hourly
 * rate and rounds the result <b>once</b>, to the nearest cent, <b>half up</b> (0,525 EUR gives 0,53 EUR), as
 * French payslips do. Callers round a whole line (a month's minutes of one activity at one rate), never
 * each day, so roundings do not pile up.
 */
public record Money(BigDecimal amount) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    public static final RoundingMode AMOUNT_ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** Refuses more than two decimals that are not zeros: an amount is never silently rounded here. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money euros(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    public long cents() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * What these minutes earn at this hourly rate: rate × minutes / 60, computed exactly, then rounded
     * half up to the cent. Negative minutes are refused (a correction is a new line, not a negative one).
     */
    public Money forMinutes(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative minutes: " + minutes);
        }
        return new Money(amount.multiply(BigDecimal.valueOf(minutes)).divide(MINUTES_PER_HOUR, 2, AMOUNT_ROUNDING));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** "12.02": the plain amount; screens format it with the reader's locale and currency. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
