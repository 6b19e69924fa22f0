package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingTimeLimitsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    static Map<LocalDate, Integer> days(int... minutes) {
        Map<LocalDate, Integer> byDay = new HashMap<>();
        for (int i = 0; i < minutes.length; i++) {
            byDay.put(MONDAY.plusDays(i), minutes[i]);
        }
        return byDay;
    }

    @Test
    void check_findsNothing_whenAWeekOfFiveSevenHourDaysIsChecked() {
        assertEquals(List.of(), WorkingTimeLimits.check(MONDAY, days(420, 420, 420, 420, 420), AttendancePolicy.defaults()));
    }

    @Test
    void check_acceptsExactlyTenHours_andRefusesOneMinuteMore() {
        List<LimitViolation> violations = WorkingTimeLimits.check(MONDAY, days(600, 601), AttendancePolicy.defaults());

        assertEquals(List.of(new LimitViolation(LimitViolation.Kind.DAY, MONDAY.plusDays(1), 601, 600)), violations);
    }

    @Test
    void check_findsTheWeekOverFortyEightHours_whenNoDayIsOverTen() {
        List<LimitViolation> violations = WorkingTimeLimits.check(MONDAY, days(590, 590, 590, 590, 590),
                AttendancePolicy.defaults());

        assertEquals(List.of(new LimitViolation(LimitViolation.Kind.WEEK, null, 2950, 2880)), violations);
    }

    @Test
    void check_findsNoRestDay_whenEveryDayOfTheWeekHasWork() {
        List<LimitViolation> violations = WorkingTimeLimits.check(MONDAY, days(60, 60, 60, 60, 60, 60, 60),
                AttendancePolicy.defaults());

        assertEquals(List.of(new LimitViolation(LimitViolation.Kind.REST, null, 0, 1)), violations);
    }

    @Test
    void check_usesTheEstablishmentsLimits_whenItSetItsOwn() {
        AttendancePolicy strict = AttendancePolicy.defaults();
        strict.change(420, 35 * 60, 2, 15, 600);

        List<LimitViolation> violations = WorkingTimeLimits.check(MONDAY, days(480, 420, 420, 420, 420, 60),
                strict);

        assertEquals(3, violations.size(), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.kind() == LimitViolation.Kind.DAY && v.date().equals(MONDAY)));
        assertTrue(violations.stream().anyMatch(v -> v.kind() == LimitViolation.Kind.WEEK && v.minutes() == 2220));
        assertTrue(violations.stream().anyMatch(v -> v.kind() == LimitViolation.Kind.REST && v.minutes() == 1));
    }

    @Test
    void change_refusesAValueOutOfRange() {
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> AttendancePolicy.defaults().change(30, 2880, 1, 15, 600));

        assertEquals(List.of(30, 60, 1440), refused.getArguments());
    }
}
