package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;

/** A move to the cell the person is already in. */
public class SameCellException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SameCellException(String label) {
        super("admission.sameCell", label);
    }
}
