package fr.inserre.kiosk.web.api;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** Attempts per key (a client address, a terminal) in each minute, at most a given number. */
abstract class AttemptsPerMinute {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter;

    @Inject
    Clock clock;

    AttemptsPerMinute(int limit) {
        limiter = new RateLimiter(limit, WINDOW);
    }

    /** Counts an attempt by the key; false when it made too many in the current minute. */
    public boolean allow(String key) {
        return limiter.tryAcquire(key, clock.instant());
    }

    public long secondsToWait(String key) {
        return limiter.secondsToWait(key, clock.instant());
    }
}
