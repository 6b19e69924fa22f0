package fr.inserre.kiosk.identity;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Secrets the administration hands out once: a new badge number, a detainee's initial PIN, a staff
 * member's temporary password. Each is random (a PIN or a badge is never derived from the person),
 * shown once on a slip or a screen, and stored only as a hash (badge numbers excepted: they identify,
 * the PIN authenticates).
 */
public final class InitialSecrets {

    /** Badge numbers: "B" and 8 digits, apart from the demo's 6-digit series. */
    public static final String BADGE_PREFIX = "B";
    static final int BADGE_DIGITS = 8;
    /** No 0/O, 1/l/I: read from a screen and typed by hand. */
    static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int PASSWORD_LENGTH = 16;

    private static final RandomGenerator RANDOM = new SecureRandom();

    private InitialSecrets() {
    }

    /** A badge number candidate; the caller checks it is not taken in the establishment. */
    public static String badgeNumber() {
        return badgeNumber(RANDOM);
    }

    static String badgeNumber(RandomGenerator random) {
        StringBuilder badge = new StringBuilder(BADGE_PREFIX);
        badge.append(1 + random.nextInt(9));
        for (int i = 1; i < BADGE_DIGITS; i++) {
            badge.append(random.nextInt(10));
        }
        return badge.toString();
    }

    /** A 6-digit PIN that {@link PinRules} accepts. */
    public static String pin() {
        return pin(RANDOM);
    }

    static String pin(RandomGenerator random) {
        while (true) {
            String pin = String.format("%06d", random.nextInt(1_000_000));
            try {
                PinRules.check(pin);
                return pin;
            } catch (PinTooSimpleException tooSimple) {
                // draw again: 000000, 123456... are refused
            }
        }
    }

    /** A temporary staff password (16 characters, about 93 bits), to be changed at the next login. */
    public static String temporaryPassword() {
        return temporaryPassword(RANDOM);
    }

    static String temporaryPassword(RandomGenerator random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
