package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.admission.DetaineeReleased;
import fr.inserre.kiosk.admission.DetaineesPurging;
import fr.inserre.kiosk.detainee.ReleaseReason;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A detainee who leaves (release or transfer) is expected nowhere any more: their allocations end
 * the day before they leave, with the matching reason, and their appointments still to come are
 * cancelled. Runs in the release's own transaction (a synchronous event), so both happen or neither.
 * When the retention period has passed, the allocations and appointments go (after the requests and
 * partner slots that point at them).
 */
@Dependent
public class Departures {

    /** Written on the cancelled appointments, on behalf of the establishment. */
    static final String APPOINTMENT_REASON = "Départ de l'établissement";

    @PersistenceContext
    EntityManager em;

    @Inject
    AllocationService allocations;

    @Inject
    AppointmentService appointments;

    void onRelease(@Observes DetaineeReleased departure) {
        AllocationEndReason reason = departure.reason() == ReleaseReason.TRANSFERRED ? AllocationEndReason.TRANSFERRED
                : AllocationEndReason.RELEASED;
        allocations.endAllOf(departure.detaineeId(), departure.date(), reason);
        appointments.cancelAllOf(departure.detaineeId(), APPOINTMENT_REASON);
    }

    void onPurge(@Observes @Priority(DetaineesPurging.LINKED) DetaineesPurging purging) {
        purging.delete(em, "allocation", "delete from allocation where detainee_id in (:ids)");
        purging.delete(em, "appointment", "delete from appointment where detainee_id in (:ids)");
    }
}
