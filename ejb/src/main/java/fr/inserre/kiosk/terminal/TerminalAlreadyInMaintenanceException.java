package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** The terminal is already in maintenance. */
public class TerminalAlreadyInMaintenanceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TerminalAlreadyInMaintenanceException(String code) {
        super("terminal.maintenance.already", code);
    }
}
