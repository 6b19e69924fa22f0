package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;

/** The detainee has another appointment during the slot (its kind is not told). */
public class SlotAppointmentConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SlotAppointmentConflictException(LocalDate date, LocalTime start, LocalTime end) {
        super("citizen.slot.conflict.appointment", date, start, end);
    }
}
