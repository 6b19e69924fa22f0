package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** The terminal has not used its enrolment code yet: it cannot be put in maintenance. */
public class TerminalNotEnrolledException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TerminalNotEnrolledException(String code) {
        super("terminal.notEnrolled", code);
    }
}
