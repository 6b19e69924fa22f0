package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A slot that ends before it starts, or that names a week the activity's rota does not have. */
public class InvalidSlotException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSlotException() {
        super("schedule.slot.invalid");
    }
}
