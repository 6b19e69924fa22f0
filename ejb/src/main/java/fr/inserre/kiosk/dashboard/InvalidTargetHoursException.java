package fr.inserre.kiosk.dashboard;

import fr.inserre.kiosk.common.BusinessException;

/** The weekly target of hours asked for on the dashboard is not between 1 and the maximum. */
public class InvalidTargetHoursException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidTargetHoursException(int hours, int max) {
        super("dashboard.target.invalid", hours, max);
    }
}
