package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;

/** The detainee is expected at an activity during the slot (named, with its day and times). */
public class SlotActivityConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SlotActivityConflictException(String what, LocalDate date, LocalTime start, LocalTime end) {
        super("citizen.slot.conflict.activity", what, date, start, end);
    }
}
