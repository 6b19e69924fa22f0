package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** The terminal code is taken, or the cell already has its terminal. */
public class DuplicateTerminalException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateTerminalException(String what) {
        super("terminal.duplicate", what);
    }
}
