package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** No such allocation. */
public class UnknownAllocationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAllocationException(long id) {
        super("schedule.allocation.unknown", id);
    }
}
