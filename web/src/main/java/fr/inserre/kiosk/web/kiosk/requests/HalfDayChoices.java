package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.request.HalfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The half-day picker of an appointment request: one row per day offered, a morning and an
 * afternoon toggle, each known by a key ("2026-12-07_MORNING") under which the form keeps whether it
 * is picked. The days themselves come from the domain ({@code AppointmentWishes.days}).
 */
public final class HalfDayChoices {

    /** One day of the picker; {@code weekStart} when it opens a new week (the view draws a gap). */
    public record Row(LocalDate day, String morning, String afternoon, boolean weekStart) {
    }

    private HalfDayChoices() {
    }

    static String key(LocalDate day, HalfDay.Half half) {
        return day + "_" + half.name();
    }

    public static List<Row> rows(List<LocalDate> days) {
        List<Row> rows = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate day : days) {
            boolean weekStart = previous == null
                    || !previous.with(DayOfWeek.MONDAY).equals(day.with(DayOfWeek.MONDAY));
            rows.add(new Row(day, key(day, HalfDay.Half.MORNING), key(day, HalfDay.Half.AFTERNOON), weekStart));
            previous = day;
        }
        return rows;
    }

    /** The half-days ticked in the form, in time order; keys that are not half-days are ignored. */
    public static List<HalfDay> picked(Map<String, Boolean> ticks) {
        TreeSet<HalfDay> halfDays = new TreeSet<>();
        ticks.forEach((key, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                HalfDay halfDay = parse(key);
                if (halfDay != null) {
                    halfDays.add(halfDay);
                }
            }
        });
        return List.copyOf(halfDays);
    }

    private static HalfDay parse(String key) {
        int separator = key == null ? -1 : key.indexOf('_');
        if (separator < 0) {
            return null;
        }
        try {
            return new HalfDay(LocalDate.parse(key.substring(0, separator)),
                    HalfDay.Half.valueOf(key.substring(separator + 1)));
        } catch (DateTimeParseException | IllegalArgumentException notAHalfDay) {
            return null;
        }
    }
}
