package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A detainee's attendance lines over a period (in date and time order) with their totals, computed
 * from the lines (no further statement).
 */
public record AttendanceLines(long detaineeId, LocalDate from, LocalDate to, List<AttendanceLine> lines)
        implements Serializable {

    public int totalMinutes() {
        return lines.stream().mapToInt(AttendanceLine::minutes).sum();
    }

    public int workMinutes() {
        return lines.stream().filter(AttendanceLine::work).mapToInt(AttendanceLine::minutes).sum();
    }

    public int trainingMinutes() {
        return lines.stream().filter(AttendanceLine::training).mapToInt(AttendanceLine::minutes).sum();
    }

    public int validatedMinutes() {
        return lines.stream().filter(AttendanceLine::validated).mapToInt(AttendanceLine::minutes).sum();
    }

    public int pendingMinutes() {
        return totalMinutes() - validatedMinutes();
    }

    /** Minutes per activity id, in the order the activities first appear. */
    public Map<Long, Integer> minutesByActivity() {
        Map<Long, Integer> byActivity = new LinkedHashMap<>();
        lines.forEach(line -> byActivity.merge(line.activityId(), line.minutes(), Integer::sum));
        return byActivity;
    }
}
