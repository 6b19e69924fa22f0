package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** The period asked falls outside the activity's start and end dates. */
public class ActivityNotRunningException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ActivityNotRunningException(String title) {
        super("schedule.activity.notRunning", title);
    }
}
