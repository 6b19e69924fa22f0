package fr.inserre.kiosk.web.api;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Calls of the terminal API (launch tickets, heartbeats): {@value #LIMIT} a minute per terminal
 * code claimed, or per client address when the request names no terminal. A terminal needs one
 * heartbeat a minute and one ticket per start of its kiosk session; a session crashing in a loop,
 * or someone trying secrets, is held back. Keyed by terminal rather than address, so that the
 * terminals of an establishment behind one address do not hold each other back.
 */
@ApplicationScoped
public class TerminalCalls extends AttemptsPerMinute {

    static final int LIMIT = 10;

    public TerminalCalls() {
        super(LIMIT);
    }
}
