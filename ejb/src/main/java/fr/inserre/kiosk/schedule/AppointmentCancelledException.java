package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;

/** A cancelled appointment cannot be cancelled again. */
public class AppointmentCancelledException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AppointmentCancelledException() {
        super("schedule.appointment.alreadyCancelled");
    }
}
