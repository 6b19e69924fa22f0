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
 * @param fleet exact fleet status (online, offline, maintenance...)
 * @param version start of the package version last reported
 */
public record TerminalFilter(@Size(max = Terminal.CODE_MAX) String code, TerminalKind kind,
        @Size(max = Terminal.LOCATION_MAX) String location, TerminalStatus status, FleetStatus fleet,
        @Size(max = Terminal.PACKAGE_VERSION_MAX) String version) {

    public static final TerminalFilter NONE = new TerminalFilter(null, null, null, null);

    /** Without the fleet filters. */
    public TerminalFilter(String code, TerminalKind kind, String location, TerminalStatus status) {
        this(code, kind, location, status, null, null);
    }
}
