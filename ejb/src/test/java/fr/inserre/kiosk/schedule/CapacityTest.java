package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityTest {

    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    static Capacity.Period period(int fromDay, Integer untilDay) {
        return new Capacity.Period(DEC_1.withDayOfMonth(fromDay), untilDay == null ? null : DEC_1.withDayOfMonth(untilDay));
    }

    @Test
    void placesHeldOnTheSameDay_addUp() {
        int peak = Capacity.peak(List.of(period(1, null), period(3, 20), period(10, 12)), DEC_1.withDayOfMonth(11), null);

        assertEquals(3, peak);
    }

    @Test
    void placeFreedOnFriday_isFreeForMonday() {
        int peak = Capacity.peak(List.of(period(1, 4), period(1, null)), DEC_1.withDayOfMonth(7), null);

        assertEquals(1, peak);
    }

    @Test
    void allocationsThatNeverMeet_takeOnePlaceEach_notTwo() {
        int peak = Capacity.peak(List.of(period(1, 10), period(11, 20), period(21, null)), DEC_1, null);

        assertEquals(1, peak);
    }

    @Test
    void placesHeldOutsideTheWindow_doNotCount() {
        int peak = Capacity.peak(List.of(period(1, 5), period(20, null)), DEC_1.withDayOfMonth(6),
                DEC_1.withDayOfMonth(19));

        assertEquals(0, peak);
    }

    @Test
    void openEndedWindow_countsEverythingLater() {
        int peak = Capacity.peak(List.of(period(20, 25), period(24, null)), DEC_1, null);

        assertEquals(2, peak);
    }
}
