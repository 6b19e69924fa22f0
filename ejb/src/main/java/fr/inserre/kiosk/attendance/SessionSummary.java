package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.schedule.SessionState;
import java.io.Serializable;
import java.time.Instant;

/**
 * A session of the day for the roll-call list: what, where, when, who leads it, how many are expected
 * and how many are recorded present, absent or still clocked in, and whether the caller may take it.
 */
public record SessionSummary(long sessionId, String activityTitle, String place, Instant start, Instant end,
        SessionState state, String lead, int expected, int present, int absent, int open, boolean mayTake)
        implements Serializable {

    /** Expected people with nothing recorded yet. */
    public int unrecorded() {
        return Math.max(0, expected - present - absent);
    }
}
