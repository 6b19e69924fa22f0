package fr.inserre.kiosk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures on badges or logins that do not exist, counted like real ones, so that "locked" is
 * answered for them too and the answer never tells whether an account exists. Kept in memory:
 * a restart forgets them, which only shortens a lock on nothing. Bounded in size: when full of
 * locked entries, a new unknown account is answered "locked" at once.
 */
@ApplicationScoped
public class UnknownAccountThrottle {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, LoginAttempts> attempts = new ConcurrentHashMap<>();

    /** Records a failure for this unknown account; true when it is (now) locked. */
    public boolean fail(String key, Instant now, LockoutPolicy policy) {
        if (attempts.size() >= MAX_ENTRIES && !attempts.containsKey(key)) {
            attempts.entrySet().removeIf(e -> !e.getValue().isLocked(now));
            if (attempts.size() >= MAX_ENTRIES) {
                // Flooded with locked unknown accounts: fail closed. Real accounts are counted in the database.
                return true;
            }
        }
        LoginAttempts entry = attempts.computeIfAbsent(key, k -> new LoginAttempts());
        synchronized (entry) {
            return entry.isLocked(now) || entry.fail(now, policy);
        }
    }
}
