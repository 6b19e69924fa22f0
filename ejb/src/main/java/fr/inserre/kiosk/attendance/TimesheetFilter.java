package fr.inserre.kiosk.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which weekly timesheets a list shows: the weeks starting between {@code from} and {@code to} (one
 * week, or the weeks of a month), optionally one activity, a name or prison number starting with the
 * text, and pending or validated only (null: both).
 */
public record TimesheetFilter(@NotNull LocalDate from, @NotNull LocalDate to, Long activityId,
        @Size(max = 80) String person, TimesheetStatus status) implements Serializable {

    /** The week of the date. */
    public static TimesheetFilter week(LocalDate day) {
        LocalDate monday = WorkedTime.weekStart(day);
        return new TimesheetFilter(monday, monday, null, null, null);
    }

    /** The weeks that have a day in the month of the date. */
    public static TimesheetFilter month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new TimesheetFilter(WorkedTime.weekStart(first), first.plusMonths(1).minusDays(1), null, null, null);
    }
}
