package fr.inserre.kiosk.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The random values of terminal enrolment and how they are kept. Both are high-entropy values drawn
 * from {@link SecureRandom}, never chosen by a person, so a single fast SHA-256 is the right way to
 * store them (a slow salted hash protects guessable values such as PINs and passwords; it would only
 * cost time here). Comparisons of hashes take the same time whatever the input.
 */
public final class TerminalSecrets {

    /** 32 random bytes: 256 bits, 43 characters in base64url. */
    public static final int SECRET_BYTES = 32;

    /** Typed by IT on the terminal: short, and without the look-alikes 0/O and 1/I. */
    public static final String ENROLMENT_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int ENROLMENT_CODE_LENGTH = 10;

    /** Length of a stored hash: SHA-256 in lowercase hexadecimal. */
    public static final int HASH_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TerminalSecrets() {
    }

    /** A new terminal secret: 32 random bytes in base64url without padding. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /**
     * A new enrolment code: 10 characters of a 32-character alphabet, 50 bits. The alphabet size
     * divides 256, so every character is equally likely.
     */
    public static String newEnrolmentCode() {
        byte[] bytes = new byte[ENROLMENT_CODE_LENGTH];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(ENROLMENT_CODE_LENGTH);
        for (byte b : bytes) {
            code.append(ENROLMENT_CODE_ALPHABET.charAt((b & 0xff) % ENROLMENT_CODE_ALPHABET.length()));
        }
        return code.toString();
    }

    /** An enrolment code as IT may type it ("abcde-fghjk ") in the form it was issued ("ABCDEFGHJK"). */
    public static String normaliseEnrolmentCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** SHA-256 of the value's UTF-8 bytes, in lowercase hexadecimal. */
    public static String hash(String value) {
        return HexFormat.of().formatHex(digest(value == null ? "" : value));
    }

    /**
     * Whether the presented value hashes to the stored hash, in a time that depends on neither (no
     * early exit at the first differing byte). False when nothing is stored.
     */
    public static boolean matches(String presented, String storedHash) {
        byte[] presentedDigest = digest(presented == null ? "" : presented);
        byte[] stored = storedHash == null || storedHash.length() != HASH_LENGTH ? null : parseHex(storedHash);
        return sameBytes(presentedDigest, stored);
    }

    /** Constant-time comparison of two digests; false when either is missing. */
    static boolean sameBytes(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a, b);
    }

    private static byte[] parseHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
