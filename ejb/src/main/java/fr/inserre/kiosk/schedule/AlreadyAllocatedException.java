package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** The detainee already has an allocation to this activity over part of the period. */
public class AlreadyAllocatedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyAllocatedException(String title) {
        super("schedule.allocation.duplicate", title);
    }
}
