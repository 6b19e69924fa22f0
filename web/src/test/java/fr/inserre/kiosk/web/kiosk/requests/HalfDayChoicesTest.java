package fr.inserre.kiosk.web.kiosk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.AppointmentWishes;
import fr.inserre.kiosk.request.HalfDay;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HalfDayChoicesTest {

    /** A Wednesday: the picker starts on Thursday 3 December 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void rows_areTheDaysTheDomainOffers_withAKeyPerHalf() {
        List<HalfDayChoices.Row> rows = HalfDayChoices.rows(AppointmentWishes.days(TODAY));

        assertEquals(AppointmentWishes.days(TODAY).size(), rows.size());
        HalfDayChoices.Row first = rows.get(0);
        assertEquals(LocalDate.of(2026, 12, 3), first.day());
        assertEquals("2026-12-03_MORNING", first.morning());
        assertEquals("2026-12-03_AFTERNOON", first.afternoon());
    }

    @Test
    void rows_markTheFirstDayOfEachWeek() {
        List<HalfDayChoices.Row> rows = HalfDayChoices.rows(AppointmentWishes.days(TODAY));

        assertTrue(rows.get(0).weekStart(), "the first row opens its week");
        assertFalse(rows.get(1).weekStart(), "Friday follows Thursday in the same week");
        assertTrue(rows.get(2).weekStart(), "Monday 7 December opens the next week");
        assertEquals(LocalDate.of(2026, 12, 7), rows.get(2).day());
        assertEquals(5, rows.stream().filter(HalfDayChoices.Row::weekStart).count(), "four weeks ahead: 5 weeks touched");
    }

    @Test
    void picked_isTheTickedHalfDays_inTimeOrder() {
        Map<String, Boolean> ticks = new LinkedHashMap<>();
        ticks.put("2026-12-08_AFTERNOON", true);
        ticks.put("2026-12-03_AFTERNOON", true);
        ticks.put("2026-12-03_MORNING", true);
        ticks.put("2026-12-04_MORNING", false);
        ticks.put("2026-12-07_MORNING", null);

        assertEquals(List.of(new HalfDay(LocalDate.of(2026, 12, 3), HalfDay.Half.MORNING),
                new HalfDay(LocalDate.of(2026, 12, 3), HalfDay.Half.AFTERNOON),
                new HalfDay(LocalDate.of(2026, 12, 8), HalfDay.Half.AFTERNOON)), HalfDayChoices.picked(ticks));
    }

    @Test
    void picked_ignoresKeysThatAreNotHalfDays() {
        Map<String, Boolean> ticks = new LinkedHashMap<>();
        ticks.put("nonsense", true);
        ticks.put("2026-13-40_MORNING", true);
        ticks.put("2026-12-03_EVENING", true);
        ticks.put("2026-12-03_MORNING", true);

        assertEquals(List.of(new HalfDay(LocalDate.of(2026, 12, 3), HalfDay.Half.MORNING)),
                HalfDayChoices.picked(ticks));
    }
}
