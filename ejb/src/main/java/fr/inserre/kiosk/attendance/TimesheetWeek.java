package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A detainee's week at an activity as staff validate it: its attendances, the detainee's minutes per
 * day across every activity that counts as working time, the limits it breaks, and the timesheet
 * (status, version; -1 when never validated, who validated, override and reopening).
 */
public record TimesheetWeek(long detaineeId, String name, long activityId, String activityTitle, LocalDate weekStart,
        List<RollCall.Line> lines, Map<LocalDate, Integer> countedMinutesByDay, List<LimitViolation> violations,
        TimesheetStatus status, long version, String validatedBy, String overrideReason, String reopenReason)
        implements Serializable {

    public int minutes() {
        return lines.stream().mapToInt(RollCall.Line::minutes).sum();
    }

    public boolean overLimits() {
        return !violations.isEmpty();
    }
}
