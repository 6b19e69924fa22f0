package fr.inserre.kiosk.terminal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The key of a terminal's current browser session, as the kiosk browser presents it (HttpOnly
 * cookie). Obtained with a single-use launch ticket at each start of the kiosk session, it replaces
 * the previous one; it is never the terminal's secret, which stays readable by root only on the
 * terminal. It opens the kiosk pages, nothing else: tickets and heartbeats need the secret.
 *
 * @param value the key in clear (base64url); never logged, see {@link #toString()}
 */
public record BrowserKey(@NotBlank @Size(max = SharedSecret.MAX) String value) implements TerminalCredential {

    @Override
    public String toString() {
        return "BrowserKey[***]";
    }
}
