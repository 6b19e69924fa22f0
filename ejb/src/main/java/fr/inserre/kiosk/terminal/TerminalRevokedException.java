package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** The terminal is revoked: only a new enrolment code brings it back. */
public class TerminalRevokedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TerminalRevokedException(String code) {
        super("terminal.revoked", code);
    }
}
