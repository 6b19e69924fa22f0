package fr.inserre.kiosk.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** The change was made. */
    SUCCESS,
    /** A rule or a permission refused it; nothing changed. */
    REFUSED
}
