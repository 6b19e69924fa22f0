package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void weeklySlots_giveOneOccurrencePerMatchingDay_inTimeOrder() {
        Recurrence workshop = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.TUESDAY, EIGHT, NOON),
                SlotRule.weekly(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(16, 30))), 1,
                LocalDate.of(2026, 11, 2), PARIS);

        List<Occurrence> fortnight = workshop.expand(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13), Set.of());

        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 8)), fortnight.stream().map(Occurrence::date).toList());
        assertEquals(Instant.parse("2026-11-30T12:30:00Z"), fortnight.get(0).start());
    }

    @Test
    void twoWeekRota_alternatesWeekOneAndWeekTwo_countedFromTheRotaStart() {
        Recurrence rota = new Recurrence(List.of(SlotRule.inRotaWeek(1, DayOfWeek.MONDAY, EIGHT, NOON),
                SlotRule.inRotaWeek(2, DayOfWeek.WEDNESDAY, EIGHT, NOON)), 2, LocalDate.of(2026, 11, 4), PARIS);

        List<LocalDate> dates = rota.expand(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 29), Set.of()).stream()
                .map(Occurrence::date).toList();

        // Rota week 1 is the week of 2 November (the Monday of the 4th), week 2 the week of the 9th, and so on.
        assertEquals(List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 25)), dates);
    }

    @Test
    void rotaWeek_countsBackwards_beforeTheRotaStart() {
        Recurrence rota = new Recurrence(List.of(), 2, LocalDate.of(2026, 11, 2), PARIS);

        assertEquals(2, rota.rotaWeekOf(LocalDate.of(2026, 10, 30)));
        assertEquals(1, rota.rotaWeekOf(LocalDate.of(2026, 10, 20)));
        assertEquals(1, rota.rotaWeekOf(LocalDate.of(2026, 11, 8)));
    }

    @Test
    void holidays_areLeftOut() {
        Recurrence daily = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.FRIDAY, EIGHT, NOON)), 1,
                LocalDate.of(2026, 12, 1), PARIS);

        List<Occurrence> december = daily.expand(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 8),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

        assertEquals(List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 8)),
                december.stream().map(Occurrence::date).toList());
    }

    @Test
    void slotsKeepTheirLocalTime_acrossTheLastSundayOfMarch() {
        Recurrence mornings = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.SATURDAY, EIGHT, NOON),
                SlotRule.weekly(DayOfWeek.MONDAY, EIGHT, NOON)), 1, LocalDate.of(2027, 3, 1), PARIS);

        List<Occurrence> around = mornings.expand(LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 29), Set.of());

        // Saturday 27 March 2027 is in winter time (UTC+1), Monday 29 in summer time (UTC+2).
        assertEquals(Instant.parse("2027-03-27T07:00:00Z"), around.get(0).start());
        assertEquals(Instant.parse("2027-03-29T06:00:00Z"), around.get(1).start());
        assertEquals(Duration.ofHours(4), Duration.between(around.get(1).start(), around.get(1).end()));
    }

    @Test
    void nightSlot_isAnHourShorter_onTheLastSundayOfMarch() {
        Recurrence night = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                LocalTime.of(5, 0))), 1, LocalDate.of(2027, 3, 1), PARIS);

        Occurrence change = night.expand(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28), Set.of()).get(0);

        assertEquals(Duration.ofHours(3), Duration.between(change.start(), change.end()));
        assertEquals(LocalTime.of(1, 0), change.localStart());
    }

    @Test
    void slotInTheSkippedHour_startsAtTheFirstValidTime_onTheLastSundayOfMarch() {
        Recurrence early = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                LocalTime.of(4, 0))), 1, LocalDate.of(2027, 3, 1), PARIS);

        Occurrence change = early.expand(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28), Set.of()).get(0);

        // 02:30 does not exist that night: 03:30 summer time, i.e. 01:30 UTC; it ends at 04:00 (02:00 UTC).
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), change.start());
        assertEquals(Duration.ofMinutes(30), Duration.between(change.start(), change.end()));
    }

    @Test
    void nightSlot_isAnHourLonger_onTheLastSundayOfOctober() {
        Recurrence night = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
                LocalTime.of(5, 0))), 1, LocalDate.of(2026, 10, 1), PARIS);

        Occurrence change = night.expand(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), Set.of()).get(0);

        assertEquals(Duration.ofHours(5), Duration.between(change.start(), change.end()));
    }

    @Test
    void slotsKeepTheirLocalTime_acrossTheLastSundayOfOctober() {
        Recurrence mornings = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.FRIDAY, EIGHT, NOON),
                SlotRule.weekly(DayOfWeek.MONDAY, EIGHT, NOON)), 1, LocalDate.of(2026, 10, 1), PARIS);

        List<Occurrence> around = mornings.expand(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 26), Set.of());

        assertEquals(Instant.parse("2026-10-23T06:00:00Z"), around.get(0).start());
        assertEquals(Instant.parse("2026-10-26T07:00:00Z"), around.get(1).start());
    }

    @Test
    void slotOfAWeekTheRotaDoesNotHave_isRefused() {
        List<SlotRule> slots = List.of(SlotRule.inRotaWeek(3, DayOfWeek.MONDAY, EIGHT, NOON));

        assertThrows(InvalidSlotException.class, () -> new Recurrence(slots, 2, LocalDate.of(2026, 1, 5), PARIS));
    }

    @Test
    void slotEndingBeforeItStarts_isRefused() {
        assertThrows(InvalidSlotException.class, () -> SlotRule.weekly(DayOfWeek.MONDAY, NOON, EIGHT));
        assertThrows(InvalidSlotException.class, () -> SlotRule.weekly(DayOfWeek.MONDAY, NOON, NOON));
    }

    @Test
    void rotaLongerThanFourWeeks_isRefused() {
        assertThrows(InvalidSlotException.class, () -> new Recurrence(List.of(), 5, LocalDate.of(2026, 1, 5), PARIS));
    }

    @Test
    void emptyRange_givesNothing() {
        Recurrence any = new Recurrence(List.of(SlotRule.weekly(DayOfWeek.MONDAY, EIGHT, NOON)), 1,
                LocalDate.of(2026, 1, 5), PARIS);

        assertTrue(any.expand(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 1), Set.of()).isEmpty());
    }
}
