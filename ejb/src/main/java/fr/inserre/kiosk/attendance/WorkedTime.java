package fr.inserre.kiosk.attendance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours worked, always computed from instants: a night across midnight counts its real length, and
 * a session across a daylight-saving change is an hour shorter (March) or longer (October) than its
 * wall-clock times suggest.
 */
public final class WorkedTime {

    private WorkedTime() {
    }

    /** Whole minutes between two instants (seconds dropped); zero when {@code to} is not after {@code from}. */
    public static int minutes(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return 0;
        }
        return Math.toIntExact(Duration.between(from, to).toMinutes());
    }

    /**
     * The minutes of [from, to) on each local day of the zone: a night from 22:00 to 06:00 gives 120
     * minutes to the first day and 360 to the next (360 ± 60 on a daylight-saving night).
     */
    public static Map<LocalDate, Integer> minutesByDay(Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        if (from == null || to == null || !to.isAfter(from)) {
            return byDay;
        }
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            LocalDate day = LocalDate.ofInstant(cursor, zone);
            Instant nextMidnight = ZonedDateTime.of(day.plusDays(1).atStartOfDay(), zone).toInstant();
            Instant end = nextMidnight.isBefore(to) ? nextMidnight : to;
            byDay.merge(day, Math.toIntExact(Duration.between(cursor, end).toSeconds()), Integer::sum);
            cursor = end;
        }
        // Seconds per day, rounded down to minutes once, so that splitting never loses a minute twice.
        byDay.replaceAll((day, seconds) -> seconds / 60);
        return byDay;
    }

    /** The Monday of the date's week (timesheets are per ISO week, Monday to Sunday). */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** "7 h 05" style hours and minutes, as staff and detainees read them. */
    public static String hoursAndMinutes(long minutes) {
        return String.format("%d h %02d", minutes / 60, minutes % 60);
    }
}
