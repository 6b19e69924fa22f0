package fr.inserre.kiosk.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly time slot of an activity: a day of the week, a local start and end time, and the week
 * of the rota it applies to ({@value #EVERY_WEEK} for every week).
 *
 * @param id the slot's id once stored (null in pure rule computations)
 */
public record SlotRule(Long id, DayOfWeek day, LocalTime start, LocalTime end, int rotaWeek) {

    public static final int EVERY_WEEK = 0;

    public SlotRule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidSlotException();
        }
        if (rotaWeek < EVERY_WEEK) {
            throw new InvalidSlotException();
        }
    }

    public static SlotRule weekly(DayOfWeek day, LocalTime start, LocalTime end) {
        return new SlotRule(null, day, start, end, EVERY_WEEK);
    }

    public static SlotRule inRotaWeek(int week, DayOfWeek day, LocalTime start, LocalTime end) {
        return new SlotRule(null, day, start, end, week);
    }

    /** Whether the slot applies in the given week of a rota of {@code rotaWeeks} weeks (1-based week). */
    boolean appliesInRotaWeek(int week) {
        return rotaWeek == EVERY_WEEK || rotaWeek == week;
    }
}
