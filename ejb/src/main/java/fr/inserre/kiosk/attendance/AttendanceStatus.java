package fr.inserre.kiosk.attendance;

/**
 * Where a detainee's attendance at a session stands: EXPECTED (allocated, nothing recorded yet), then
 * PRESENT (from a time, to a time once the session is over for them) or ABSENT with a reason. A
 * correction may move between PRESENT and ABSENT; nothing goes back to EXPECTED.
 */
public enum AttendanceStatus {
    EXPECTED,
    PRESENT,
    ABSENT
}
