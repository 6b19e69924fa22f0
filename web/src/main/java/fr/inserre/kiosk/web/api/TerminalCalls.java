package fr.inserre.kiosk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Calls of the terminal API (launch tickets, heartbeats): {@value #LIMIT} a minute per terminal
 * code claimed, or per client address when the request names no terminal. A terminal needs one
 * heartbeat a minute and one ticket per start of its kiosk session; a session crashing in a loop,
 * or someone trying secrets, is held back. Keyed by terminal rather than address, so that the
 * terminals of an establishment behind one address do not hold each other back.
 */
@ApplicationScoped
public class TerminalCalls {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter = new RateLimiter(LIMIT, WINDOW);

    @Inject
    Clock clock;

    /** Counts a call; false when the key made too many in the current minute. */
    public boolean allow(String key) {
        return limiter.tryAcquire(key, clock.instant());
    }

    public long secondsToWait(String key) {
        return limiter.secondsToWait(key, clock.instant());
    }
}
