package fr.inserre.kiosk.audit;

import jakarta.validation.constraints.Size;

/**
 * Filters of the audit search; null or blank does not filter. Text filters match the start.
 *
 * @param actor start of the actor's name (a staff login, "detainee:", "badge:")
 * @param action start of the action (e.g. "kiosk.login", "detainee.")
 * @param outcome exact outcome
 * @param terminal start of the terminal code
 */
public record AuditFilter(@Size(max = AuditRecord.ACTOR_MAX) String actor, @Size(max = AuditRecord.ACTION_MAX) String action,
        AuditOutcome outcome, @Size(max = 32) String terminal) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
