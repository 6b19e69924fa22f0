package fr.inserre.kiosk.terminal;

/**
 * What the server tells a terminal in answer to its heartbeat, for the kiosk to apply.
 *
 * @param status the terminal's life-cycle status (ACTIVE or MAINTENANCE: a revoked terminal gets no answer)
 * @param idleTimeoutSeconds the establishment's kiosk idle time (the server ends idle kiosk sessions too)
 * @param language the kiosk's default language (BCP 47), which the browser starts in
 * @param heartbeatSeconds how often the terminal should report
 */
public record TerminalConfiguration(TerminalStatus status, int idleTimeoutSeconds, String language,
        int heartbeatSeconds) {

    public boolean maintenance() {
        return status == TerminalStatus.MAINTENANCE;
    }
}
