package fr.inserre.kiosk.pay;

import java.time.LocalDate;

/**
 * One line of a statement: a key's minutes at one hourly rate, and what they earn (rounded once).
 *
 * @param key the caller's line key (e.g. detainee and activity)
 * @param rate the hourly rate of these minutes; unpaid lines have a zero rate
 * @param minutes all the minutes of the key at this rate
 * @param amount minutes × rate, half up to the cent; zero when unpaid
 * @param firstDay the earliest day of these minutes
 * @param lastDay the latest day of these minutes
 */
public record PricedLine<K>(K key, HourlyRate rate, long minutes, Money amount, LocalDate firstDay, LocalDate lastDay) {
}
