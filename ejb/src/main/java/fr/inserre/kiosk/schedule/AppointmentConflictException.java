package fr.inserre.kiosk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The detainee already has an appointment at that time. Which kind is not said: a medical
 * appointment is nobody else's business.
 */
public class AppointmentConflictException extends ScheduleConflictException {

    private static final long serialVersionUID = 1L;

    public AppointmentConflictException(LocalDate date, LocalTime start, LocalTime end) {
        super("schedule.conflict.appointment", date, start, end);
    }
}
