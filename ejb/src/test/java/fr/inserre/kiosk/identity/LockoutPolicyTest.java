package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockoutPolicyTest {

    private static final String FAILURES = "inserre.lockout.failures";
    private static final String MINUTES = "inserre.lockout.minutes";

    private String previousFailures;
    private String previousMinutes;

    @BeforeEach
    void saveSystemProperties() {
        previousFailures = System.getProperty(FAILURES);
        previousMinutes = System.getProperty(MINUTES);
        System.clearProperty(FAILURES);
        System.clearProperty(MINUTES);
    }

    @AfterEach
    void restoreSystemProperties() {
        restore(FAILURES, previousFailures);
        restore(MINUTES, previousMinutes);
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, previous);
        }
    }

    @Test
    void default_isFiveFailuresForFifteenMinutes_whenNothingSet() {
        LockoutPolicy policy = LockoutPolicy.DEFAULT;

        assertEquals(5, policy.maxFailures());
        assertEquals(Duration.ofMinutes(15), policy.lockDuration());
    }

    @Test
    void constructor_accepts_whenOneFailureAndOneSecond() {
        LockoutPolicy policy = new LockoutPolicy(1, Duration.ofSeconds(1));

        assertEquals(1, policy.maxFailures());
        assertEquals(Duration.ofSeconds(1), policy.lockDuration());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void constructor_refused_whenFewerThanOneFailure(int failures) {
        Duration fifteenMinutes = Duration.ofMinutes(15);

        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(failures, fifteenMinutes));
    }

    @Test
    void constructor_refused_whenZeroDuration() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -15 * 60})
    void constructor_refused_whenNegativeDuration(long seconds) {
        Duration negative = Duration.ofSeconds(seconds);

        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, negative));
    }

    @Test
    void fromSystemProperties_givesTheDefault_whenPropertiesUnset() {
        LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

        assertEquals(LockoutPolicy.DEFAULT, policy);
    }

    @Test
    void fromSystemProperties_readsFailuresAndMinutes_whenBothSet() {
        System.setProperty(FAILURES, "3");
        System.setProperty(MINUTES, "30");

        LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

        assertEquals(new LockoutPolicy(3, Duration.ofMinutes(30)), policy);
    }

    @Test
    void fromSystemProperties_keepsDefaultMinutes_whenOnlyFailuresSet() {
        System.setProperty(FAILURES, "8");

        LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

        assertEquals(new LockoutPolicy(8, Duration.ofMinutes(15)), policy);
    }

    @Test
    void fromSystemProperties_keepsDefaultFailures_whenOnlyMinutesSet() {
        System.setProperty(MINUTES, "60");

        LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

        assertEquals(new LockoutPolicy(5, Duration.ofMinutes(60)), policy);
    }

    @Test
    void fromSystemProperties_refused_whenZeroFailuresSet() {
        System.setProperty(FAILURES, "0");

        assertThrows(IllegalArgumentException.class, LockoutPolicy::fromSystemProperties);
    }

    @Test
    void fromSystemProperties_refused_whenZeroMinutesSet() {
        System.setProperty(MINUTES, "0");

        assertThrows(IllegalArgumentException.class, LockoutPolicy::fromSystemProperties);
    }
}
