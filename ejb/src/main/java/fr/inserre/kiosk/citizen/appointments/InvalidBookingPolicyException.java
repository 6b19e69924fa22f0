package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** The cancellation delay is out of range. */
public class InvalidBookingPolicyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidBookingPolicyException(int hours, int max) {
        super("citizen.policy.range", hours, max);
    }
}
