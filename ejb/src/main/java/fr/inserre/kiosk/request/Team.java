package fr.inserre.kiosk.request;

import fr.inserre.kiosk.identity.Roles;
import java.util.function.Predicate;

/**
 * Who owns a request: the service that answers it. Each is worked by one staff role; the direction
 * may act on every queue (overdue requests are escalated to it).
 */
public enum Team {
    /** Responsable de formation. */
    TRAINING(Roles.TRAINING_MANAGER),
    /** Responsable du travail. */
    WORK(Roles.WORK_MANAGER),
    /** Service pénitentiaire d'insertion et de probation (CPIP). */
    SPIP(Roles.PROBATION_OFFICER),
    /** Détention: the officers of the wings (chef de détention, surveillants). */
    DETENTION(Roles.SUPERVISOR),
    /** Greffe: sentence, dates, documents; part of the direction's services in a small establishment. */
    GREFFE(Roles.DIRECTION),
    /** Comptabilité: the detainee's account; part of the direction's services. */
    ACCOUNTS(Roles.DIRECTION);

    private final String role;

    Team(String role) {
        this.role = role;
    }

    /** The role that works this team's queue. */
    public String role() {
        return role;
    }

    /** Whether a caller with these roles may act on this team's requests. */
    public boolean workedBy(Predicate<String> callerInRole) {
        return callerInRole.test(role) || callerInRole.test(Roles.DIRECTION) || callerInRole.test(Roles.SYSTEM);
    }
}
