package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** A cell someone lives in cannot be closed: they are moved first. */
public class CellNotEmptyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CellNotEmptyException(String cellLabel, String prisonNumber) {
        super("cell.close.occupied", cellLabel, prisonNumber);
    }
}
