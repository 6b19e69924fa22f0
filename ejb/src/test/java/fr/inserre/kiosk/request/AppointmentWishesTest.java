package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.HalfDay.Half;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which half-days a detainee may propose for an appointment. */
class AppointmentWishesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void picker_offersWorkingDays_fromTomorrow_forFourWeeks() {
        List<LocalDate> days = AppointmentWishes.days(MONDAY);

        assertEquals(MONDAY.plusDays(1), days.get(0));
        assertEquals(MONDAY.plusWeeks(4), days.get(days.size() - 1));
        assertEquals(20, days.size());
        assertTrue(days.stream().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY));
    }

    @Test
    void noHalfDay_isRefused() {
        assertThrows(HalfDaysRequiredException.class, () -> AppointmentWishes.check(List.of(), MONDAY));
        assertThrows(HalfDaysRequiredException.class, () -> AppointmentWishes.check(null, MONDAY));
    }

    @Test
    void todayWeekendOrBeyondFourWeeks_isRefused_namingTheDay() {
        for (LocalDate refused : List.of(MONDAY, MONDAY.plusDays(5), MONDAY.plusWeeks(4).plusDays(1))) {
            HalfDayNotOfferedException e = assertThrows(HalfDayNotOfferedException.class,
                    () -> AppointmentWishes.check(List.of(new HalfDay(refused, Half.MORNING)), MONDAY));
            assertEquals(refused, e.getArguments().get(0));
        }
    }

    @Test
    void sixDistinctHalfDays_areAccepted_andSevenAreTooMany() {
        List<HalfDay> wishes = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            wishes.add(new HalfDay(MONDAY.plusDays(day), Half.MORNING));
            wishes.add(new HalfDay(MONDAY.plusDays(day), Half.AFTERNOON));
        }
        assertDoesNotThrow(() -> AppointmentWishes.check(wishes, MONDAY));

        wishes.add(new HalfDay(MONDAY.plusDays(4), Half.MORNING));

        assertThrows(TooManyHalfDaysException.class, () -> AppointmentWishes.check(wishes, MONDAY));
    }

    @Test
    void halfDay_containsTheMorningOrAfternoonTimesOfItsDay() {
        HalfDay morning = new HalfDay(MONDAY, Half.MORNING);

        assertTrue(morning.contains(MONDAY, java.time.LocalTime.of(9, 0)));
        assertTrue(!morning.contains(MONDAY, java.time.LocalTime.of(14, 0)));
        assertTrue(!morning.contains(MONDAY.plusDays(1), java.time.LocalTime.of(9, 0)));
    }
}
