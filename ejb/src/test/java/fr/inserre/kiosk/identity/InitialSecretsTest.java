package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secrets handed out at admission and by the staff administration. */
class InitialSecretsTest {

    @Test
    void initialPins_areSixDigits_thatThePinRulesAccept() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String pin = InitialSecrets.pin(random);
            assertDoesNotThrow(() -> PinRules.check(pin), pin);
        }
    }

    @Test
    void aPinTheRulesRefuse_isDrawnAgain() {
        // A generator whose first draw is 123456 (a straight run) then 246810.
        Random scripted = new Random() {
            private int calls;

            @Override
            public int nextInt(int bound) {
                return calls++ == 0 ? 123_456 : 246_810;
            }
        };

        assertEquals("246810", InitialSecrets.pin(scripted));
    }

    @Test
    void badgeNumbers_areBAndEightDigits_apartFromTheDemoSeries() {
        Set<String> badges = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            String badge = InitialSecrets.badgeNumber(random);
            assertTrue(badge.matches("B[1-9]\\d{7}"), badge);
            badges.add(badge);
        }
        assertTrue(badges.size() > 990, "drawn, not a sequence");
    }

    @Test
    void temporaryPasswords_are16UnambiguousCharacters() {
        String password = InitialSecrets.temporaryPassword(new Random(5));

        assertEquals(16, password.length());
        assertTrue(password.chars().allMatch(c -> InitialSecrets.PASSWORD_ALPHABET.indexOf(c) >= 0), password);
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
    }
}
