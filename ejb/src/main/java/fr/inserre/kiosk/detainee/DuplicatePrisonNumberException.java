package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;

/** The establishment already has a detainee with this prison number. */
public class DuplicatePrisonNumberException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicatePrisonNumberException(String prisonNumber, String establishmentCode) {
        super("detainee.prisonNumber.duplicate", prisonNumber, establishmentCode);
    }
}
