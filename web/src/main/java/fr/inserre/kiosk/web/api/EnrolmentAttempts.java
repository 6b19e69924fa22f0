package fr.inserre.kiosk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Enrolment attempts per client address: {@value #LIMIT} a minute, so that nobody can try codes in
 * bulk (an enrolment code has 50 bits and lives 24 hours). Behind a reverse proxy, configure
 * Undertow's proxy address forwarding so that the address is the client's, not the proxy's.
 */
@ApplicationScoped
public class EnrolmentAttempts {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter = new RateLimiter(LIMIT, WINDOW);

    @Inject
    Clock clock;

    /** Counts an attempt from the address; false when it made too many in the current minute. */
    public boolean allow(String clientAddress) {
        return limiter.tryAcquire(clientAddress, clock.instant());
    }

    public long secondsToWait(String clientAddress) {
        return limiter.secondsToWait(clientAddress, clock.instant());
    }
}
