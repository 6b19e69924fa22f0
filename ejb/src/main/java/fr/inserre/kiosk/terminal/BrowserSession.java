package fr.inserre.kiosk.terminal;

/**
 * A kiosk browser session opened with a launch ticket.
 *
 * @param terminalCode e.g. BORNE-ARR-A-001
 * @param key the browser key, for the HttpOnly cookie; never logged, see {@link #toString()}
 */
public record BrowserSession(String terminalCode, String key) {

    @Override
    public String toString() {
        return "BrowserSession[terminalCode=" + terminalCode + ", key=***]";
    }
}
