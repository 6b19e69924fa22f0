package fr.inserre.kiosk.detainee;

/** Whether the person is held in the establishment now. */
public enum DetaineeStatus {
    PRESENT,
    RELEASED
}
