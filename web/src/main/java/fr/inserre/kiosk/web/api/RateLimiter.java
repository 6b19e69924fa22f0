package fr.inserre.kiosk.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key (a client address) in each fixed window of time. Memory is
 * bounded: past windows are dropped when many keys are held.
 */
final class RateLimiter {

    /** Above this many keys, windows that are over are dropped. */
    static final int PURGE_ABOVE = 10_000;

    private record Window(Instant start, int attempts) {
    }

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts an attempt by the key at that instant; false when the key is over its limit. */
    boolean tryAcquire(String key, Instant now) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> isOver(w, now));
        }
        Window current = windows.compute(key, (k, w) -> w == null || isOver(w, now) ? new Window(now, 1)
                : new Window(w.start(), w.attempts() + 1));
        return current.attempts() <= limit;
    }

    /** Seconds until the key's current window ends (at least 1). */
    long secondsToWait(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null) {
            return 1;
        }
        return Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
    }

    int keys() {
        return windows.size();
    }

    private boolean isOver(Window w, Instant now) {
        return !now.isBefore(w.start().plus(window));
    }
}
