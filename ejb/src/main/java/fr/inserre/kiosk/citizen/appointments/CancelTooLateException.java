package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** Too close to the start to cancel at the kiosk (the establishment's delay). */
public class CancelTooLateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CancelTooLateException(int hours) {
        super("citizen.slot.cancelTooLate", hours);
    }
}
