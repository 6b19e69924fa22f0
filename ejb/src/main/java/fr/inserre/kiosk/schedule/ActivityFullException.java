package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** Every place of the activity is taken for the period asked. */
public class ActivityFullException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ActivityFullException(String title, int capacity) {
        super("schedule.activity.full", title, capacity);
    }
}
