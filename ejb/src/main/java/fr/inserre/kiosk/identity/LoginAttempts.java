package fr.inserre.kiosk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Failed attempts of one account and its lock, embedded in the account. A success clears the
 * count; the failure that reaches the policy's limit locks until now + the lock duration; once the
 * lock has passed, counting starts again.
 */
@Embeddable
public class LoginAttempts {

    @Column(name = "failed_attempts", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a wrong secret; returns true when this failure locks the account. */
    public boolean fail(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
        failures++;
        if (failures >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public void succeed() {
        failures = 0;
        lockedUntil = null;
    }

    /** Staff lifted the lock (e.g. with a PIN reset). */
    public void unlock() {
        succeed();
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
