package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Due dates from the per-type service level, and when a request is overdue. */
class ServiceLevelsTest {

    @ParameterizedTest(name = "{0} submitted {1} is due {2}")
    @CsvSource({
        "GENERAL, 2026-12-01, 2026-12-08",             // Tuesday + 7 = Tuesday
        "APPOINTMENT, 2026-12-05, 2026-12-14",         // Saturday + 7 = Saturday → Monday
        "GENERAL, 2026-12-06, 2026-12-14",             // Sunday + 7 = Sunday → Monday
        "TRAINING_ENROLMENT, 2026-12-01, 2026-12-15",  // + 14
        "JOB_APPLICATION, 2026-12-01, 2026-12-22"      // + 21
    })
    void dueDate_isTheServiceLevelLater_movedOffTheWeekend(RequestType type, LocalDate submitted, LocalDate due) {
        assertEquals(due, ServiceLevels.dueDate(type, submitted));
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void dueDate_isNeverOnAWeekend_whateverTheDayOfSubmission(RequestType type) {
        for (LocalDate day = LocalDate.of(2026, 11, 30); day.isBefore(LocalDate.of(2026, 12, 7)); day = day.plusDays(1)) {
            DayOfWeek due = ServiceLevels.dueDate(type, day).getDayOfWeek();
            assertTrue(due != DayOfWeek.SATURDAY && due != DayOfWeek.SUNDAY, () -> type + " " + due);
        }
    }

    @Test
    void openRequest_isOverdue_fromTheDayAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 12, 8);

        assertFalse(ServiceLevels.overdue(RequestStatus.SUBMITTED, due, due));
        assertTrue(ServiceLevels.overdue(RequestStatus.SUBMITTED, due, due.plusDays(1)));
        assertTrue(ServiceLevels.overdue(RequestStatus.IN_REVIEW, due, due.plusDays(1)));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"APPROVED", "REJECTED", "WAITLISTED", "ANSWERED", "CANCELLED"})
    void decidedOrWithdrawnRequest_isNeverOverdue(RequestStatus status) {
        assertFalse(ServiceLevels.overdue(status, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)));
    }
}
