package fr.inserre.kiosk.identity;

/** How a login attempt ended. INVALID never says whether the badge or login exists. */
public enum LoginOutcome {
    SUCCESS,
    /** Unknown badge or login, wrong secret, released detainee, inactive account: one answer for all. */
    INVALID,
    /** Too many failures: locked for a while. */
    LOCKED,
    /** A cell terminal serves only the detainee of that cell. */
    WRONG_CELL,
    /** The terminal is in maintenance. */
    TERMINAL_UNAVAILABLE
}
