package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;

/** InSERRE cells are individual: this one already holds a present detainee. */
public class CellOccupiedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CellOccupiedException(String cellLabel) {
        super("detainee.cell.occupied", cellLabel);
    }
}
