package fr.inserre.kiosk.terminal;

/**
 * The result of a successful enrolment: the terminal's code and its new secret, in clear, the only
 * time the secret exists outside the terminal.
 *
 * @param terminalCode e.g. BORNE-ARR-A-001
 * @param secret the secret to present on every request; never logged, see {@link #toString()}
 */
public record Enrolment(String terminalCode, String secret) {

    @Override
    public String toString() {
        return "Enrolment[terminalCode=" + terminalCode + ", secret=***]";
    }
}
