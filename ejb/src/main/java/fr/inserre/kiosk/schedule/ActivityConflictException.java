package fr.inserre.kiosk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** The detainee is already expected at a session of another activity at that time. */
public class ActivityConflictException extends ScheduleConflictException {

    private static final long serialVersionUID = 1L;

    public ActivityConflictException(String activity, LocalDate date, LocalTime start, LocalTime end) {
        super("schedule.conflict.activity", activity, date, start, end);
    }
}
