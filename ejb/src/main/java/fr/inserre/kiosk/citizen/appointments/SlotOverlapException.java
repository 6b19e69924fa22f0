package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;

/** The partner already offers a slot overlapping this one. */
public class SlotOverlapException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SlotOverlapException(LocalDate date, LocalTime start) {
        super("citizen.slot.overlap", date, start);
    }
}
