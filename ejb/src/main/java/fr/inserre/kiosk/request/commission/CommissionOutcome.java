package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.request.RequestType;

/**
 * What the commission decides for one request. Nothing takes effect until the commission is closed;
 * then APPROVE allocates (a training without room goes on its waiting list), REJECT refuses with the
 * reason, WAITLIST puts a training request on the waiting list, DEFER takes the request off the
 * agenda, still open, for a later commission.
 */
public enum CommissionOutcome {
    APPROVE,
    REJECT,
    WAITLIST,
    DEFER;

    /** Whether a request of this type may be decided so (only a training goes on a waiting list). */
    public boolean allowedFor(RequestType type) {
        return this != WAITLIST || type == RequestType.TRAINING_ENROLMENT;
    }
}
