package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** The date is already a holiday of the establishment. */
public class HolidayExistsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public HolidayExistsException(java.time.LocalDate date) {
        super("schedule.holiday.duplicate", date);
    }
}
