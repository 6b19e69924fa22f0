package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownAccountThrottleTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final UnknownAccountThrottle throttle = new UnknownAccountThrottle();

    /** Fails {@code count} times on the key, one second apart; returns the answer to the last failure. */
    private boolean failTimes(String key, int count, Instant from) {
        boolean locked = false;
        for (int i = 0; i < count; i++) {
            locked = throttle.fail(key, from.plusSeconds(i), POLICY);
        }
        return locked;
    }

    /** How many keys the throttle remembers; the map is private, there is no production accessor. */
    private int remembered() throws ReflectiveOperationException {
        Field field = UnknownAccountThrottle.class.getDeclaredField("attempts");
        field.setAccessible(true);
        return ((Map<?, ?>) field.get(throttle)).size();
    }

    @Test
    void fail_doesNotLock_whenFewerFailuresThanThePolicy() {
        boolean locked = failTimes("BADGE-404", 4, NOW);

        assertFalse(locked);
    }

    @Test
    void fail_locks_whenThePolicysFailuresReached() {
        failTimes("BADGE-404", 4, NOW);

        boolean locked = throttle.fail("BADGE-404", NOW.plusSeconds(10), POLICY);

        assertTrue(locked);
    }

    @Test
    void fail_answersLocked_whileTheLockLasts() {
        failTimes("BADGE-404", 5, NOW);

        boolean locked = throttle.fail("BADGE-404", NOW.plus(Duration.ofMinutes(10)), POLICY);

        assertTrue(locked);
    }

    @Test
    void fail_countsAgainFromOne_whenTheLockHasPassed() {
        failTimes("BADGE-404", 5, NOW);
        Instant afterLock = NOW.plus(Duration.ofHours(1));

        boolean locked = throttle.fail("BADGE-404", afterLock, POLICY);

        assertFalse(locked);
        assertFalse(failTimes("BADGE-404", 3, afterLock.plusSeconds(1)), "four failures since the lock");
        assertTrue(throttle.fail("BADGE-404", afterLock.plusSeconds(10), POLICY), "fifth since the lock");
    }

    @Test
    void fail_doesNotLockAnotherKey_whenOneKeyLocked() {
        failTimes("BADGE-404", 5, NOW);

        boolean otherLocked = throttle.fail("BADGE-405", NOW.plusSeconds(10), POLICY);

        assertFalse(otherLocked);
    }

    @Test
    void fail_countsEachKeyApart_whenFailuresInterleaved() {
        boolean anyLocked = false;

        for (int i = 0; i < 4; i++) {
            anyLocked |= throttle.fail("a.martin", NOW.plusSeconds(i), POLICY);
            anyLocked |= throttle.fail("b.durand", NOW.plusSeconds(i), POLICY);
        }

        assertFalse(anyLocked, "eight failures, but only four per key");
        assertTrue(throttle.fail("a.martin", NOW.plusSeconds(10), POLICY), "fifth failure of a.martin");
    }

    @Test
    void fail_staysBounded_whenMoreUnknownKeysThanMaxEntries() throws ReflectiveOperationException {
        int keys = UnknownAccountThrottle.MAX_ENTRIES + 500;

        for (int i = 0; i < keys; i++) {
            throttle.fail("BADGE-" + i, NOW, POLICY);
        }

        int remembered = remembered();
        assertTrue(remembered <= UnknownAccountThrottle.MAX_ENTRIES,
                () -> remembered + " keys remembered for a bound of " + UnknownAccountThrottle.MAX_ENTRIES);
    }

    @Test
    void fail_keepsALockedKey_whenUnlockedKeysAreEvicted() {
        failTimes("BADGE-404", 5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(1));
        for (int i = 0; i < UnknownAccountThrottle.MAX_ENTRIES + 500; i++) {
            throttle.fail("BADGE-" + i, later, POLICY);
        }

        boolean stillLocked = throttle.fail("BADGE-404", later.plusSeconds(1), POLICY);

        assertTrue(stillLocked);
    }
}
