package fr.inserre.kiosk.attendance;

/** Whether an attendance line's week is validated by staff, or still pending. */
public enum LineStatus {
    PENDING,
    VALIDATED
}
