package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** No such slot in this activity. */
public class UnknownSlotException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSlotException(long id) {
        super("schedule.slot.unknown", id);
    }
}
