package fr.inserre.kiosk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The weekly pattern of an activity: its slots, its rota length (a two-week rota alternates week 1
 * and week 2) and the date its rota counts from. Expands into dated occurrences, skipping the
 * establishment's holidays, with real instants in the establishment's zone.
 *
 * <p>Local times are kept across daylight-saving changes: a 08:00 slot is at 08:00 on both sides of
 * the last Sunday of March. A slot whose local time does not exist that day (02:30 on the night the
 * clocks go forward) starts an hour later, at the first valid local time, as {@link ZonedDateTime}
 * resolves gaps; on the night the clocks go back, the earlier of the two instants is used.
 */
public final class Recurrence {

    public static final int MAX_ROTA_WEEKS = 4;

    private final List<SlotRule> slots;
    private final int rotaWeeks;
    private final LocalDate rotaStart;
    private final ZoneId zone;

    /**
     * @param rotaStart any date of the rota's week 1 (its Monday is taken)
     */
    public Recurrence(List<SlotRule> slots, int rotaWeeks, LocalDate rotaStart, ZoneId zone) {
        if (rotaWeeks < 1 || rotaWeeks > MAX_ROTA_WEEKS) {
            throw new InvalidSlotException();
        }
        for (SlotRule slot : slots) {
            if (slot.rotaWeek() > rotaWeeks) {
                throw new InvalidSlotException();
            }
        }
        this.slots = List.copyOf(slots);
        this.rotaWeeks = rotaWeeks;
        this.rotaStart = Objects.requireNonNull(rotaStart).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.zone = Objects.requireNonNull(zone);
    }

    /** The week of the rota (1..rotaWeeks) a date falls in; weeks before the rota's start count backwards. */
    public int rotaWeekOf(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeks = ChronoUnit.WEEKS.between(rotaStart, monday);
        return (int) Math.floorMod(weeks, (long) rotaWeeks) + 1;
    }

    /** Every occurrence from {@code from} to {@code to} inclusive, in time order, holidays left out. */
    public List<Occurrence> expand(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (holidays.contains(date)) {
                continue;
            }
            int week = rotaWeekOf(date);
            for (SlotRule slot : slots) {
                if (slot.day() == date.getDayOfWeek() && slot.appliesInRotaWeek(week)) {
                    occurrences.add(new Occurrence(slot.id(), date, slot.start(), slot.end(),
                            ZonedDateTime.of(date, slot.start(), zone).toInstant(),
                            ZonedDateTime.of(date, slot.end(), zone).toInstant()));
                }
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::start));
        return occurrences;
    }

    public List<SlotRule> slots() {
        return slots;
    }

    public int rotaWeeks() {
        return rotaWeeks;
    }
}
