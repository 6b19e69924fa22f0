package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    /** Fails {@code count} times, one minute apart from {@code from}; returns the time of the last failure. */
    private static Instant failTimes(LoginAttempts attempts, int count, Instant from) {
        Instant at = from;
        for (int i = 0; i < count; i++) {
            at = from.plus(Duration.ofMinutes(i));
            attempts.fail(at, POLICY);
        }
        return at;
    }

    /** Five failures; returns the time of the fifth, which locks. */
    private static Instant locked(LoginAttempts attempts) {
        return failTimes(attempts, 5, NOW);
    }

    @Test
    void newAttempts_areUnlockedWithoutFailures_whenCreated() {
        LoginAttempts attempts = new LoginAttempts();

        assertFalse(attempts.isLocked(NOW));
        assertEquals(0, attempts.getFailures());
        assertNull(attempts.getLockedUntil());
    }

    @Test
    void fail_doesNotLock_whenFourFailures() {
        LoginAttempts attempts = new LoginAttempts();

        for (int i = 0; i < 4; i++) {
            assertFalse(attempts.fail(NOW.plusSeconds(i), POLICY), "failure " + (i + 1));
        }

        assertEquals(4, attempts.getFailures());
        assertFalse(attempts.isLocked(NOW.plusSeconds(4)));
        assertNull(attempts.getLockedUntil());
    }

    @Test
    void fail_locksForFifteenMinutesFromTheFifthFailure_whenFifthFailure() {
        LoginAttempts attempts = new LoginAttempts();
        failTimes(attempts, 4, NOW);
        Instant fifth = NOW.plus(Duration.ofMinutes(7));

        boolean locks = attempts.fail(fifth, POLICY);

        assertTrue(locks);
        assertEquals(fifth.plus(FIFTEEN_MINUTES), attempts.getLockedUntil());
        assertTrue(attempts.isLocked(fifth));
    }

    @Test
    void isLocked_true_whenOneSecondBeforeTheEnd() {
        LoginAttempts attempts = new LoginAttempts();
        Instant end = locked(attempts).plus(FIFTEEN_MINUTES);

        assertTrue(attempts.isLocked(end.minusSeconds(1)));
    }

    @Test
    void isLocked_false_whenExactlyAtTheEnd() {
        LoginAttempts attempts = new LoginAttempts();
        Instant end = locked(attempts).plus(FIFTEEN_MINUTES);

        assertFalse(attempts.isLocked(end));
    }

    @Test
    void isLocked_false_whenAfterTheEnd() {
        LoginAttempts attempts = new LoginAttempts();
        Instant end = locked(attempts).plus(FIFTEEN_MINUTES);

        assertFalse(attempts.isLocked(end.plusSeconds(1)));
    }

    @Test
    void succeed_clearsTheCount_whenFailuresBefore() {
        LoginAttempts attempts = new LoginAttempts();
        Instant fourth = failTimes(attempts, 4, NOW);

        attempts.succeed();

        assertEquals(0, attempts.getFailures());
        assertFalse(attempts.fail(fourth.plusSeconds(1), POLICY), "one failure after a success does not lock");
        assertEquals(1, attempts.getFailures());
    }

    @Test
    void fail_needsFiveNewFailuresToLock_whenSuccessInBetween() {
        LoginAttempts attempts = new LoginAttempts();
        failTimes(attempts, 4, NOW);
        attempts.succeed();

        Instant later = NOW.plus(Duration.ofHours(1));
        Instant fourthAgain = failTimes(attempts, 4, later);

        assertFalse(attempts.isLocked(fourthAgain));
        assertTrue(attempts.fail(fourthAgain.plusSeconds(1), POLICY));
    }

    @Test
    void fail_startsCountingAgainFromOne_whenLockHasPassed() {
        LoginAttempts attempts = new LoginAttempts();
        Instant end = locked(attempts).plus(FIFTEEN_MINUTES);

        boolean locks = attempts.fail(end, POLICY);

        assertFalse(locks);
        assertEquals(1, attempts.getFailures());
        assertNull(attempts.getLockedUntil());
        assertFalse(attempts.isLocked(end));
    }

    @Test
    void fail_locksAgainAfterFiveNewFailures_whenLockHasPassed() {
        LoginAttempts attempts = new LoginAttempts();
        Instant end = locked(attempts).plus(FIFTEEN_MINUTES);

        Instant fifthAgain = failTimes(attempts, 5, end.plus(Duration.ofDays(1)));

        assertTrue(attempts.isLocked(fifthAgain));
        assertEquals(fifthAgain.plus(FIFTEEN_MINUTES), attempts.getLockedUntil());
    }

    @Test
    void unlock_clearsLockAndCount_whenLocked() {
        LoginAttempts attempts = new LoginAttempts();
        Instant fifth = locked(attempts);

        attempts.unlock();

        assertFalse(attempts.isLocked(fifth));
        assertEquals(0, attempts.getFailures());
        assertNull(attempts.getLockedUntil());
    }

    @Test
    void fail_followsThePolicy_whenNotTheDefault() {
        LoginAttempts attempts = new LoginAttempts();
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(1));

        boolean first = attempts.fail(NOW, strict);
        boolean second = attempts.fail(NOW.plusSeconds(5), strict);

        assertFalse(first);
        assertTrue(second);
        assertEquals(NOW.plusSeconds(65), attempts.getLockedUntil());
    }
}
