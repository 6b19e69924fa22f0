package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** No such appointment, or not one the caller may see. */
public class UnknownAppointmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAppointmentException(long id) {
        super("schedule.appointment.unknown", id);
    }
}
