package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** A working-time limit or tolerance out of its range. */
public class InvalidPolicyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(int value, int min, int max) {
        super("attendance.policy.range", value, min, max);
    }
}
