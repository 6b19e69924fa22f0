package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** No cell has this label in the establishment. */
public class UnknownCellException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCellException(String label) {
        super("cell.unknown", label);
    }
}
