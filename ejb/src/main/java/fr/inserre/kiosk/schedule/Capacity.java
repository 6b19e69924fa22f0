package fr.inserre.kiosk.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places taken on an activity over a period. An activity is full for a new allocation if, on any day
 * of the new allocation's period, the allocations already holding a place reach its capacity; an
 * allocation ending on Friday frees its place for one starting on Monday.
 */
public final class Capacity {

    /** A period from a day to a day inclusive; {@code until} null is open-ended. */
    public record Period(LocalDate from, LocalDate until) {
    }

    private Capacity() {
    }

    /** The most places held on a single day between {@code from} and {@code until} (null: open-ended). */
    public static int peak(Collection<Period> held, LocalDate from, LocalDate until) {
        // +1 on the first day a place is held within the window, -1 on the day after it is freed.
        TreeMap<LocalDate, Integer> changes = new TreeMap<>();
        for (Period period : held) {
            LocalDate start = period.from().isBefore(from) ? from : period.from();
            LocalDate end = period.until() == null ? until
                    : until == null || period.until().isBefore(until) ? period.until() : until;
            if (end != null && end.isBefore(start)) {
                continue;
            }
            changes.merge(start, 1, Integer::sum);
            if (end != null) {
                changes.merge(end.plusDays(1), -1, Integer::sum);
            }
        }
        int now = 0;
        int peak = 0;
        for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
            now += change.getValue();
            peak = Math.max(peak, now);
        }
        return peak;
    }
}
