package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** A slot's length or the number of slots published at once is out of range. */
public class InvalidSlotsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSlotsException(int minMinutes, int maxMinutes, int maxCount) {
        super("citizen.slot.invalid", minMinutes, maxMinutes, maxCount);
    }
}
