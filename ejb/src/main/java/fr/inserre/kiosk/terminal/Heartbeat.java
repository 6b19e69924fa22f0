package fr.inserre.kiosk.terminal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a terminal reports every minute.
 *
 * @param packageVersion the installed kiosk-config package version (Debian version syntax)
 * @param uptimeSeconds seconds since the terminal booted
 * @param lastError the last error of its kiosk session or heartbeat, printable text; null when none
 */
public record Heartbeat(
        @NotNull @Size(min = 1, max = Terminal.PACKAGE_VERSION_MAX) @Pattern(regexp = VERSION) String packageVersion,
        @PositiveOrZero @Max(MAX_UPTIME_SECONDS) long uptimeSeconds,
        @Size(max = Terminal.LAST_ERROR_MAX) @Pattern(regexp = PRINTABLE) String lastError) {

    /** Debian version characters: digits, letters, and . + ~ : - */
    public static final String VERSION = "[A-Za-z0-9.+~:-]+";
    /** No control character (tabs and newlines included): an error line as the fleet page shows it. */
    public static final String PRINTABLE = "[^\\p{Cntrl}]*";
    /** Ten years: anything above is no uptime. */
    public static final long MAX_UPTIME_SECONDS = 10L * 366 * 24 * 3600;
}
