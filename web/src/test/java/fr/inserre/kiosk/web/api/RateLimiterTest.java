package fr.inserre.kiosk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final RateLimiter limiter = new RateLimiter(10, Duration.ofMinutes(1));

    @Test
    void tryAcquire_allowsTenAttemptsAMinute_thenRefuses() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(i)), "attempt " + (i + 1));
        }

        assertFalse(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(30)));
        assertFalse(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(59)));
    }

    @Test
    void tryAcquire_allowsAgain_whenTheWindowIsOver() {
        for (int i = 0; i < 11; i++) {
            limiter.tryAcquire("10.0.0.1", T0);
        }

        assertTrue(limiter.tryAcquire("10.0.0.1", T0.plusSeconds(60)));
    }

    @Test
    void tryAcquire_countsEachAddressApart() {
        for (int i = 0; i < 11; i++) {
            limiter.tryAcquire("10.0.0.1", T0);
        }

        assertTrue(limiter.tryAcquire("10.0.0.2", T0));
    }

    @Test
    void secondsToWait_untilTheWindowEnds() {
        limiter.tryAcquire("10.0.0.1", T0);

        assertEquals(45, limiter.secondsToWait("10.0.0.1", T0.plusSeconds(15)));
        assertEquals(1, limiter.secondsToWait("10.0.0.9", T0));
    }

    @Test
    void windowsThatAreOver_areDropped_whenManyAddressesAreHeld() {
        for (int i = 0; i <= RateLimiter.PURGE_ABOVE; i++) {
            limiter.tryAcquire("10.1." + (i / 256) + "." + (i % 256), T0);
        }

        limiter.tryAcquire("10.0.0.1", T0.plusSeconds(61));

        assertEquals(1, limiter.keys());
    }
}
