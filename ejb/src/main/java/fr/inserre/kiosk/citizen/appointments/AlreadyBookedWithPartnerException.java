package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** One appointment to come per partner and person, so that nobody holds several of a partner's few slots. */
public class AlreadyBookedWithPartnerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyBookedWithPartnerException(String partner, LocalDate date) {
        super("citizen.slot.alreadyWithPartner", partner, date);
    }
}
