package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** The slot does not exist, is another establishment's, or is not the caller's partner's. */
public class UnknownSlotException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSlotException(long slotId) {
        // The id is not shown: a detainee has no use for it, and staff get the same words.
        super("citizen.slot.unknown");
    }
}
