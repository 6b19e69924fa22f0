package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Keeps every clock tap: an accepted one in the tap's transaction, a refused one in a transaction of
 * its own so that it survives the refusal (nothing is silently dropped). Each also goes to the audit
 * trail.
 */
@Stateless
@PermitAll
public class ClockJournal {

    static final String ENTITY = "Attendance";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void accepted(long establishmentId, long detaineeId, long terminalId, ClockKind kind, Instant at,
            boolean flagged, long attendanceId) {
        em.persist(new ClockEvent(establishmentId, detaineeId, terminalId, kind, at,
                flagged ? ClockOutcome.FLAGGED : ClockOutcome.ACCEPTED, null, attendanceId));
        audit.recordWithDetail(action(kind), ENTITY, attendanceId, flagged ? "long session" : null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long establishmentId, long detaineeId, Long terminalId, ClockKind kind, Instant at,
            String refusalKey) {
        em.persist(new ClockEvent(establishmentId, detaineeId, terminalId, kind, at, ClockOutcome.REFUSED,
                refusalKey.length() > ClockEvent.REFUSAL_MAX ? refusalKey.substring(0, ClockEvent.REFUSAL_MAX)
                        : refusalKey, null));
        audit.recordRefusal(action(kind), ENTITY, null, refusalKey);
    }

    static String action(ClockKind kind) {
        return kind == ClockKind.IN ? "attendance.clock.in" : "attendance.clock.out";
    }
}
