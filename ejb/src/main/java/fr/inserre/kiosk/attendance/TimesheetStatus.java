package fr.inserre.kiosk.attendance;

/** A timesheet is OPEN (pending) until staff validate it; a correction in a validated week reopens it. */
public enum TimesheetStatus {
    OPEN,
    VALIDATED
}
