package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** An ended allocation can no longer be ended, suspended or resumed. */
public class AllocationEndedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AllocationEndedException() {
        super("schedule.allocation.ended");
    }
}
