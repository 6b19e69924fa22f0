package fr.inserre.kiosk.terminal;

/**
 * Where a terminal is in its life. The transitions are the methods of {@link Terminal}:
 * <pre>
 *   PENDING_ENROLMENT --enrol--> ACTIVE <--startMaintenance / endMaintenance--> MAINTENANCE
 *   any but REVOKED --revoke--> REVOKED --issueEnrolmentCode--> PENDING_ENROLMENT
 * </pre>
 * An enrolment code may be issued in any status: for an enrolled terminal (new hardware, lost
 * credential) the current secret stays valid until the new code is used.
 */
public enum TerminalStatus {
    /** Registered by IT, no credential yet (waits for its enrolment code to be used). */
    PENDING_ENROLMENT,
    /** Enrolled: its kiosk serves detainees. */
    ACTIVE,
    /** Enrolled, but IT took it out of service for a while: the kiosk shows a maintenance screen. */
    MAINTENANCE,
    /** Cut off by IT: its credential is erased, every request is refused. */
    REVOKED;

    /** Whether the terminal holds a valid credential (active or in maintenance). */
    public boolean isEnrolled() {
        return this == ACTIVE || this == MAINTENANCE;
    }
}
