package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A work manager manages work, a training manager training and education; direction both. */
public class NotYourActivityKindException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotYourActivityKindException(String title) {
        super("schedule.activity.notYourKind", title);
    }
}
