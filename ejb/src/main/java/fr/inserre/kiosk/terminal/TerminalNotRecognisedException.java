package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/**
 * A kiosk request's terminal credential was refused: unknown terminal, not enrolled yet, revoked, or
 * wrong secret. One exception and one message for all of these, so that a refusal tells the caller
 * nothing about which part was wrong.
 */
public class TerminalNotRecognisedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TerminalNotRecognisedException() {
        super("terminal.notRecognised");
    }
}
