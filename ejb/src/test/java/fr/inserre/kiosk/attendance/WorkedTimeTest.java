package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkedTimeTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant();
    }

    @Test
    void minutes_countTheRealLength_whenTheNightCrossesMidnight() {
        assertEquals(8 * 60, WorkedTime.minutes(at(2026, 1, 14, 22, 0), at(2026, 1, 15, 6, 0)));
    }

    @Test
    void minutes_areAnHourShorter_whenTheClocksGoForwardInMarch() {
        // 29 March 2026: 02:00 becomes 03:00 in Paris; 01:00 to 05:00 on the wall clock is 3 hours.
        assertEquals(3 * 60, WorkedTime.minutes(at(2026, 3, 29, 1, 0), at(2026, 3, 29, 5, 0)));
    }

    @Test
    void minutes_areAnHourLonger_whenTheClocksGoBackInOctober() {
        // 25 October 2026: 03:00 becomes 02:00 again; 22:00 to 06:00 on the wall clock is 9 hours.
        assertEquals(9 * 60, WorkedTime.minutes(at(2026, 10, 24, 22, 0), at(2026, 10, 25, 6, 0)));
    }

    @Test
    void minutes_areZero_whenTheEndIsMissingOrNotAfterTheStart() {
        Instant start = at(2026, 5, 4, 8, 0);
        assertEquals(0, WorkedTime.minutes(start, null));
        assertEquals(0, WorkedTime.minutes(start, start));
        assertEquals(0, WorkedTime.minutes(start, start.minusSeconds(60)));
    }

    @Test
    void minutes_dropSecondsOnce_whenTheTapsAreNotOnTheMinute() {
        assertEquals(210, WorkedTime.minutes(at(2026, 5, 4, 8, 0).plusSeconds(40), at(2026, 5, 4, 11, 30).plusSeconds(59)));
    }

    @Test
    void minutesByDay_splitAtLocalMidnight_whenTheNightCrossesIt() {
        Map<LocalDate, Integer> byDay = WorkedTime.minutesByDay(at(2026, 1, 14, 22, 0), at(2026, 1, 15, 6, 0), PARIS);

        assertEquals(Map.of(LocalDate.of(2026, 1, 14), 120, LocalDate.of(2026, 1, 15), 360), byDay);
    }

    @Test
    void minutesByDay_giveTheShortNightToTheSecondDay_whenTheClocksGoForward() {
        Map<LocalDate, Integer> byDay = WorkedTime.minutesByDay(at(2026, 3, 28, 22, 0), at(2026, 3, 29, 6, 0), PARIS);

        assertEquals(Map.of(LocalDate.of(2026, 3, 28), 120, LocalDate.of(2026, 3, 29), 300), byDay);
    }

    @Test
    void minutesByDay_giveTheLongNightToTheSecondDay_whenTheClocksGoBack() {
        Map<LocalDate, Integer> byDay = WorkedTime.minutesByDay(at(2026, 10, 24, 22, 0), at(2026, 10, 25, 6, 0), PARIS);

        assertEquals(Map.of(LocalDate.of(2026, 10, 24), 120, LocalDate.of(2026, 10, 25), 420), byDay);
    }

    @Test
    void weekStart_isTheMonday_forEveryDayOfTheWeek() {
        LocalDate monday = LocalDate.of(2026, 3, 23);
        for (int i = 0; i < 7; i++) {
            assertEquals(monday, WorkedTime.weekStart(monday.plusDays(i)));
        }
    }
}
