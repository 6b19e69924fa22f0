package fr.inserre.kiosk.attendance;

/** Why a detainee expected at a session was not there. OTHER needs a written note. */
public enum AbsenceReason {
    SICK,
    REFUSED,
    NOT_REQUIRED,
    CALLED_TO_APPOINTMENT,
    SESSION_CANCELLED,
    OTHER
}
