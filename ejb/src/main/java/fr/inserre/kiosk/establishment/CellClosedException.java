package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** The cell is out of service: nobody is admitted, moved or imported into it until it is reopened. */
public class CellClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CellClosedException(String cellLabel, String reason) {
        super("cell.closed", cellLabel, reason);
    }
}
