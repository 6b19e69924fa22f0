package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the timesheets list: a detainee's week at an activity, with its sessions present,
 * absent, still open and not recorded, its minutes, and whether it is validated (version: the
 * timesheet's, -1 when it was never validated).
 */
public record TimesheetRow(long detaineeId, String name, String prisonNumber, long activityId, String activityTitle,
        LocalDate weekStart, long minutes, long present, long absent, long open, long unrecorded,
        TimesheetStatus status, long version) implements Serializable {

    public boolean validated() {
        return status == TimesheetStatus.VALIDATED;
    }

    /** A stable key for the table's rows. */
    public String key() {
        return detaineeId + "-" + activityId + "-" + weekStart;
    }
}
