package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.terminal.TerminalAccess;

/**
 * Where a kiosk request stands, checked at every request (KioskLoginService#standing): the verified
 * terminal, and whether that terminal still accepts the detainee of the session (true when no
 * detainee is logged in).
 */
public record KioskStanding(TerminalAccess terminal, boolean detaineeAccepted) {
}
