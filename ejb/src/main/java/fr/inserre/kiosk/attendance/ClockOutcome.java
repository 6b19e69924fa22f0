package fr.inserre.kiosk.attendance;

/** What became of a clock tap: recorded, recorded but flagged for staff, or refused (and kept). */
public enum ClockOutcome {
    ACCEPTED,
    FLAGGED,
    REFUSED
}
