package fr.inserre.kiosk.identity;

import java.time.Duration;

/**
 * How many wrong secrets in a row lock an account, and for how long. Defaults: 5 failures, 15 minutes;
 * set by the system properties {@code inserre.lockout.failures} and {@code inserre.lockout.minutes}.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and a positive duration");
        }
    }

    public static LockoutPolicy fromSystemProperties() {
        return new LockoutPolicy(Integer.getInteger("inserre.lockout.failures", DEFAULT.maxFailures()),
                Duration.ofMinutes(Long.getLong("inserre.lockout.minutes", DEFAULT.lockDuration().toMinutes())));
    }
}
