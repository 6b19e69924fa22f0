package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the kiosk confirms after a tap: which tap, when, for which activity; after "Je termine" the
 * minutes of the session and whether it was flagged as over the long-session limit.
 */
public record ClockResult(ClockKind kind, Instant at, String activityTitle, int minutes, boolean flagged)
        implements Serializable {
}
