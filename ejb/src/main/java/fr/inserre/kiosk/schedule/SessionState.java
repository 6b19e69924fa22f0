package fr.inserre.kiosk.schedule;

/**
 * State of one dated session: planned as the slots say, cancelled (with a reason) or moved (with a
 * reason, the original times kept).
 */
public enum SessionState {
    PLANNED, CANCELLED, MOVED
}
