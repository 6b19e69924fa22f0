package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** No terminal has this id. */
public class UnknownTerminalException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownTerminalException(long id) {
        super("terminal.unknown", id);
    }
}
