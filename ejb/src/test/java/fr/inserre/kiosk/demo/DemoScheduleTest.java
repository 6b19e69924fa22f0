package fr.inserre.kiosk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DemoScheduleTest {

    @Test
    void rotaStart_isAMondayFourOrFiveWeeksBefore_theDayOfLoading() {
        for (LocalDate day = LocalDate.of(2026, 11, 1); day.isBefore(LocalDate.of(2027, 1, 31)); day = day.plusDays(1)) {
            LocalDate start = DemoSchedule.rotaStart(day);
            assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek(), day.toString());
            long days = ChronoUnit.DAYS.between(start, day);
            assertTrue(days >= 28 && days < 42, day + " -> " + start);
        }
    }

    @Test
    void theKitchenTeamOfADay_isTheSame_whicheverLaterDayTheRotaIsComputedFrom() {
        LocalDate loaded = LocalDate.of(2026, 11, 29); // a Sunday: the next day starts a new week
        for (int later = 0; later < 30; later++) {
            LocalDate today = loaded.plusDays(later);
            for (LocalDate date = today; date.isBefore(today.plusDays(14)); date = date.plusDays(1)) {
                assertEquals(DemoSchedule.kitchenTeamAWorks(date, DemoSchedule.rotaStart(loaded)),
                        DemoSchedule.kitchenTeamAWorks(date, DemoSchedule.rotaStart(today)), date + " from " + today);
            }
        }
    }
}
