package fr.inserre.kiosk.terminal;

import java.io.Serializable;

/**
 * The terminal a kiosk request comes from, once its credential has been verified: what the kiosk
 * screens and services may rely on (never a value sent by the browser).
 *
 * @param terminalId the terminal's id
 * @param code the terminal's code, e.g. BORNE-ARR-A-001
 * @param kind where it stands
 * @param establishmentId its establishment
 * @param cellId its cell, for a CELL terminal; null otherwise
 * @param maintenance whether IT put it in maintenance (kiosk shows a friendly screen, nothing else)
 */
public record TerminalAccess(long terminalId, String code, TerminalKind kind, long establishmentId, Long cellId,
        boolean maintenance) implements Serializable {

    /** Request attribute under which the kiosk's terminal filter puts the verified terminal. */
    public static final String REQUEST_ATTRIBUTE = "fr.inserre.kiosk.terminal";
}
