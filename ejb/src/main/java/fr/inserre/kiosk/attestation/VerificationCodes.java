package fr.inserre.kiosk.attestation;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes of attestations: 12 characters of Crockford's base 32 (no I, L, O, U: nothing to
 * misread), 60 random bits from {@link SecureRandom}, printed in three groups ("7KQ2-M9XD-4TBR"). Typed
 * back in any case, with or without dashes or spaces, O read as 0 and I or L as 1.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what someone typed; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return null;
            }
            plain.append(read);
        }
        if (plain.length() != LENGTH) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
