package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;

/** A cell of another establishment was given for a detainee. */
public class CellOfAnotherEstablishmentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CellOfAnotherEstablishmentException(String cellLabel) {
        super("detainee.cell.otherEstablishment", cellLabel);
    }
}
