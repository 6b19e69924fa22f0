package fr.inserre.kiosk.terminal;

import jakarta.validation.constraints.Size;

/**
 * Filters of the IT list of terminals; a null or blank field does not filter. Text filters match the
 * start of the value, ignoring case and accents.
 *
 * @param code start of the terminal code
 * @param kind exact kind
 * @param location start of the location
 * @param status exact status
 */
public record TerminalFilter(@Size(max = Terminal.CODE_MAX) String code, TerminalKind kind,
        @Size(max = Terminal.LOCATION_MAX) String location, TerminalStatus status) {

    public static final TerminalFilter NONE = new TerminalFilter(null, null, null, null);
}
