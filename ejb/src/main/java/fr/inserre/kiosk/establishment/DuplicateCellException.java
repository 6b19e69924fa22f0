package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.BusinessException;

/** The establishment already has a cell with this label. */
public class DuplicateCellException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateCellException(String establishmentCode, String label) {
        super("cell.label.duplicate", label, establishmentCode);
    }
}
