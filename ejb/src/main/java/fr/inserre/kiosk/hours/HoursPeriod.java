package fr.inserre.kiosk.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods "Mes heures" adds up, each ending today: this week (from Monday, as the timesheets'
 * ISO weeks), this month (from the 1st), and since arrival (from the detainee's entry date).
 */
public enum HoursPeriod {
    WEEK, MONTH, SINCE_ARRIVAL;

    /** The first day of the period, never before the arrival (days before it have no hours of this stay). */
    public LocalDate from(LocalDate today, LocalDate arrival) {
        LocalDate start = switch (this) {
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case SINCE_ARRIVAL -> arrival;
        };
        return start.isBefore(arrival) ? arrival : start;
    }
}
