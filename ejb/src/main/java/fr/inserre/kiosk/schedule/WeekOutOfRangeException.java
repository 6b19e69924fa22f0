package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** The kiosk shows the past week to eight weeks ahead. */
public class WeekOutOfRangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WeekOutOfRangeException() {
        super("schedule.week.outOfRange");
    }
}
