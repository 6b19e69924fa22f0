package fr.inserre.kiosk.terminal;

/**
 * A terminal as IT watches the fleet: its life-cycle {@link TerminalStatus}, with ACTIVE split by
 * whether the terminal was heard from recently (any kiosk request or heartbeat, see
 * {@link Terminal#fleetStatus(java.time.Instant, java.time.Duration)}).
 */
public enum FleetStatus {
    /** Active and heard from within the offline delay. */
    ONLINE,
    /** Active but silent for longer than the offline delay (or never heard from since enrolment). */
    OFFLINE,
    MAINTENANCE,
    REVOKED,
    PENDING_ENROLMENT
}
