package fr.inserre.kiosk.pay;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Minutes spent on one day on an activity, to be priced: what the monthly statement hands to
 * {@link PayCalculator#price(java.util.Collection)}.
 *
 * @param <K> what the caller's lines are per, e.g. (detainee, activity); lines with the same key, basis
 *        and hourly rate are added up before rounding
 * @param key the caller's line key
 * @param basis how the activity is paid ({@link PayBasis#of(fr.inserre.kiosk.schedule.Activity)})
 * @param day the day the minutes were worked (the rate in force that day applies)
 * @param minutes validated (or pending) minutes, not negative
 */
public record WorkedTime<K>(K key, PayBasis basis, LocalDate day, long minutes) {

    public WorkedTime {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(day, "day");
        if (minutes < 0) {
            throw new IllegalArgumentException("negative minutes: " + minutes);
        }
    }
}
