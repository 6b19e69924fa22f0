package fr.inserre.kiosk.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The French working-time rules as configurable limits, checked on one detainee's week (Monday to
 * Sunday, all the activities that count as work or training together): no day over the daily
 * maximum (10 h by default), the week not over the weekly maximum (48 h), and at least the required
 * number of full calendar days without any counted minute (1: the weekly rest). Minutes are given per
 * local day, a night across midnight split at midnight ({@link WorkedTime#minutesByDay}).
 *
 * <p>What is not implemented: the 11 consecutive hours of daily rest, the 35 consecutive hours of
 * weekly rest across two weeks, averages over 12 weeks; the rest day is a calendar day of the week.
 */
public final class WorkingTimeLimits {

    private WorkingTimeLimits() {
    }

    public static List<LimitViolation> check(LocalDate weekStart, Map<LocalDate, Integer> minutesByDay,
            AttendancePolicy policy) {
        List<LimitViolation> violations = new ArrayList<>();
        int week = 0;
        int restDays = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate day = weekStart.plusDays(i);
            int minutes = minutesByDay.getOrDefault(day, 0);
            week += minutes;
            if (minutes == 0) {
                restDays++;
            }
            if (minutes > policy.getMaxDayMinutes()) {
                violations.add(new LimitViolation(LimitViolation.Kind.DAY, day, minutes, policy.getMaxDayMinutes()));
            }
        }
        if (week > policy.getMaxWeekMinutes()) {
            violations.add(new LimitViolation(LimitViolation.Kind.WEEK, null, week, policy.getMaxWeekMinutes()));
        }
        if (restDays < policy.getMinRestDays()) {
            violations.add(new LimitViolation(LimitViolation.Kind.REST, null, restDays, policy.getMinRestDays()));
        }
        return violations;
    }
}
