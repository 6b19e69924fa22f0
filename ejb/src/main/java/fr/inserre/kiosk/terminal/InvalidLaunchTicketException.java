package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** A launch ticket was refused: unknown, already used, replaced or expired (one answer for all). */
public class InvalidLaunchTicketException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidLaunchTicketException() {
        super("terminal.launchTicket.invalid");
    }
}
