package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.BusinessException;

/** Partner slots are held in a place of the espace citoyen. */
public class NotACitizenSpaceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotACitizenSpaceException(String place) {
        super("citizen.slot.place", place);
    }
}
