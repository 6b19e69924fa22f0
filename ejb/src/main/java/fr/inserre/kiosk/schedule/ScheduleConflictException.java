package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The detainee is already expected elsewhere at that time. The message names what and when (local
 * date and times), so that staff can choose another time or, if they may, override with a reason.
 */
public abstract class ScheduleConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected ScheduleConflictException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The conflict with the commitment, worded with its local date and times. */
    static ScheduleConflictException with(Commitment commitment, java.time.ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(commitment.start(), zone);
        LocalTime start = LocalTime.ofInstant(commitment.start(), zone);
        LocalTime end = LocalTime.ofInstant(commitment.when().end(), zone);
        return commitment.appointment() ? new AppointmentConflictException(date, start, end)
                : new ActivityConflictException(commitment.what(), date, start, end);
    }
}
