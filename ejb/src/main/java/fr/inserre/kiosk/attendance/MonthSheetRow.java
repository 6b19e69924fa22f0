package fr.inserre.kiosk.attendance;

import java.io.Serializable;

/**
 * A person's month at one activity: the minutes of the month's own days (a week that crosses the month's edge
 * counts only its days in the month), how many of them are in validated weeks, the sessions present and absent, and the lines whose week is still open.
 */
public record MonthSheetRow(long detaineeId, String name, String prisonNumber, long activityId, String activityTitle,
        long minutes, long validatedMinutes, long present, long absent, long openLines) implements Serializable {

    /** Minutes of the month still to validate (their week is open). */
    public long pendingMinutes() {
        return minutes - validatedMinutes;
    }

    /** Whether every line of the month is in a validated week. */
    public boolean validated() {
        return openLines == 0;
    }

    /** A stable key for the table's rows. */
    public String key() {
        return detaineeId + "-" + activityId;
    }
}
