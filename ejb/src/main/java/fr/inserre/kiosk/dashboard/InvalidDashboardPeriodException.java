package fr.inserre.kiosk.dashboard;

import fr.inserre.kiosk.common.BusinessException;

/** The period ends before it begins, or is longer than the dashboard covers. */
public class InvalidDashboardPeriodException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidDashboardPeriodException(int maxDays) {
        super("dashboard.period.invalid", maxDays);
    }
}
