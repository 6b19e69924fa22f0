package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;

/** Every cell of the establishment is taken: no admission without a cell. */
public class NoFreeCellException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoFreeCellException() {
        super("admission.noFreeCell");
    }
}
