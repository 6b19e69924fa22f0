package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/**
 * Someone else booked the slot first (or the partner withdrew it). It carries the next free slot of the
 * same partner the person can take, if any, so that the kiosk offers it at once.
 */
public class SlotTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final FreeSlot next;

    public SlotTakenException() {
        this(null);
    }

    SlotTakenException(FreeSlot next) {
        super("citizen.slot.taken");
        this.next = next;
    }

    /** The next free slot of the same partner without a conflict for the person, or null. */
    public FreeSlot getNext() {
        return next;
    }
}
