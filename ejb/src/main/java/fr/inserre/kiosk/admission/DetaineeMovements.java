package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.identity.DetaineeCredential;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The one way a detainee moves or leaves, for the admission desk and the roster import alike: the
 * change, its audit record and its event, in the caller's transaction. It runs no query (the import
 * calls it thousands of times in one transaction); callers check the rules that need the database
 * (the new cell is free) and have already checked the caller's rights.
 */
@Dependent
class DetaineeMovements {

    @Inject
    AuditTrail audit;

    @Inject
    Event<DetaineeMoved> moved;

    @Inject
    Event<DetaineeReleased> released;

    @Inject
    Clock clock;

    void move(Detainee detainee, Cell to, LocalDate on) {
        Cell from = detainee.getCell();
        if (to.equals(from)) {
            throw new SameCellException(to.getLabel());
        }
        detainee.moveTo(to);
        audit.recordWithDetail("admission.move", "Detainee", detainee.getId(),
                (from == null ? "-" : from.getLabel()) + " > " + to.getLabel());
        moved.fire(new DetaineeMoved(detainee.getId(), detainee.getEstablishment().getId(),
                from == null ? null : from.getId(), to.getId(), on));
    }

    /** Releases or transfers; the kiosk account (if any) is locked for good before observers run. */
    void release(Detainee detainee, LocalDate on, ReleaseReason reason, DetaineeCredential credential) {
        detainee.release(on, reason);
        audit.recordWithDetail("admission.release", "Detainee", detainee.getId(), reason.name());
        if (credential != null && !credential.isDisabled()) {
            credential.disable(clock.instant());
            audit.record("identity.badge.disable", "Detainee", detainee.getId());
        }
        released.fire(new DetaineeReleased(detainee.getId(), detainee.getEstablishment().getId(), on, reason));
    }
}
