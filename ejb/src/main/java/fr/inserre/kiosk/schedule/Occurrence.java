package fr.inserre.kiosk.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One dated occurrence of a slot: the local date and times as planned, and the real instants in the
 * establishment's time zone (a slot that crosses a daylight-saving change is shorter or longer).
 */
public record Occurrence(Long slotId, LocalDate date, LocalTime localStart, LocalTime localEnd, Instant start,
        Instant end) {

    public Interval interval() {
        return new Interval(start, end);
    }
}
