package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** The terminal is not in maintenance: there is no maintenance to end. */
public class TerminalNotInMaintenanceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TerminalNotInMaintenanceException(String code) {
        super("terminal.maintenance.notIn", code);
    }
}
