package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an hour of an activity pays on a day, and why: for work, the minimum wage in force and the
 * share applied (the establishment's own, or the national floor); for training, the allowance.
 *
 * @param basis how the activity is paid
 * @param perHour euros an hour, to the cent; zero when unpaid
 * @param since first day of the period this rate is constant over (null when unpaid)
 * @param until first day it may change, exclusive (null: no later value is known yet)
 * @param minimumWage the SMIC it is a share of (work only, else null)
 * @param share the percentage of the SMIC applied (work only, else null)
 * @param establishmentValue whether the establishment's own value applies rather than the national one
 */
public record HourlyRate(PayBasis basis, Money perHour, LocalDate since, LocalDate until, BigDecimal minimumWage,
        BigDecimal share, boolean establishmentValue) implements Serializable {

    public HourlyRate {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(perHour, "perHour");
    }

    /** Hours count, pay nothing. */
    public static HourlyRate unpaid() {
        return new HourlyRate(PayBasis.UNPAID, Money.ZERO, null, null, null, null, false);
    }

    public boolean isPaid() {
        return basis.isPaid();
    }

    /** What these minutes earn at this rate (rounded once, see {@link Money#forMinutes(long)}). */
    public Money amountFor(long minutes) {
        return perHour.forMinutes(minutes);
    }
}
