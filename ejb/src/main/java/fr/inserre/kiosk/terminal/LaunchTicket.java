package fr.inserre.kiosk.terminal;

import java.time.Instant;

/**
 * A single-use launch ticket, for the terminal's launcher to put in the browser's start address.
 *
 * @param value the ticket in clear; never logged, see {@link #toString()}
 * @param expiresAt when it stops working
 */
public record LaunchTicket(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "LaunchTicket[***, expiresAt=" + expiresAt + "]";
    }
}
