package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** The slot has started or is over: it can no longer be booked or published. */
public class SlotInPastException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SlotInPastException() {
        super("citizen.slot.past");
    }
}
