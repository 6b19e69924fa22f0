package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashes are made with a low iteration count through the package-private {@code hash(secret, iterations)}
 * so that the suite stays fast; only {@link #hash_usesDefaultCostAndMatches_whenNoCountGiven()} pays the
 * production cost, once, and prints how long one such hash takes.
 */
class PasswordHasherTest {

    private static final int FAST = 1_000;
    private static final String SECRET = "Correct-Horse-7";
    /** A well-formed hash of {@link #SECRET}, split into its four fields, to build malformed variants from. */
    private static final String STORED = PasswordHasher.hash(SECRET, FAST);
    private static final String[] FIELD = STORED.split("\\$");

    @Test
    void matches_true_whenSameSecret() {
        String stored = PasswordHasher.hash(SECRET, FAST);

        boolean matches = PasswordHasher.matches(SECRET, stored);

        assertTrue(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Correct-Horse-8", "correct-horse-7", "Correct-Horse-7 ", "", "246810"})
    void matches_false_whenAnotherSecret(String other) {
        String stored = PasswordHasher.hash(SECRET, FAST);

        boolean matches = PasswordHasher.matches(other, stored);

        assertFalse(matches);
    }

    @Test
    void matches_true_whenSecretIsEmptyAndWasHashedEmpty() {
        String stored = PasswordHasher.hash("", FAST);

        assertTrue(PasswordHasher.matches("", stored));
        assertFalse(PasswordHasher.matches(" ", stored));
    }

    @Test
    void hash_differsEachTime_whenSameSecretHashedTwice() {
        String first = PasswordHasher.hash(SECRET, FAST);

        String second = PasswordHasher.hash(SECRET, FAST);

        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "salt");
        assertNotEquals(first.split("\\$")[3], second.split("\\$")[3], "hash");
        assertTrue(PasswordHasher.matches(SECRET, first) && PasswordHasher.matches(SECRET, second));
    }

    @Test
    void hash_writesPrefixIterationsSaltAndHash_whenStored() {
        String stored = PasswordHasher.hash(SECRET, FAST);

        String[] fields = stored.split("\\$", -1);

        assertEquals(4, fields.length, stored);
        assertEquals("pbkdf2-sha256", fields[0]);
        assertEquals(String.valueOf(FAST), fields[1]);
        assertEquals(16, Base64.getDecoder().decode(fields[2]).length, "16-byte salt");
        assertEquals(32, Base64.getDecoder().decode(fields[3]).length, "256-bit hash");
        assertFalse(stored.contains("="), "Base64 without padding");
        assertTrue(stored.length() <= 128, "fits the 128-character pin_hash and password_hash columns");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2_000, 5_000})
    void matches_usesTheIterationCountWrittenInTheHash_whenHashedWithAnotherCount(int iterations) {
        String stored = PasswordHasher.hash(SECRET, iterations);

        boolean matches = PasswordHasher.matches(SECRET, stored);

        assertTrue(stored.startsWith("pbkdf2-sha256$" + iterations + "$"), stored);
        assertTrue(matches);
    }

    @Test
    void hash_isStandardPbkdf2WithTheCountItWrites_whenCheckedWithTheJdkDirectly() throws Exception {
        int iterations = 3_000;
        String[] fields = PasswordHasher.hash(SECRET, iterations).split("\\$");

        byte[] salt = Base64.getDecoder().decode(fields[2]);
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(SECRET.toCharArray(), salt, iterations, 256)).getEncoded();

        assertEquals(String.valueOf(iterations), fields[1]);
        assertEquals(Base64.getEncoder().withoutPadding().encodeToString(expected), fields[3]);
    }

    @Test
    void matches_false_whenIterationCountInTheHashChanged() {
        String tampered = FIELD[0] + "$" + (FAST + 1) + "$" + FIELD[2] + "$" + FIELD[3];

        boolean matches = PasswordHasher.matches(SECRET, tampered);

        assertFalse(matches);
    }

    @Test
    void matches_false_whenSecretMissing() {
        boolean matches = PasswordHasher.matches(null, STORED);

        assertFalse(matches);
    }

    static Stream<Arguments> malformedOrForeign() {
        String salt = FIELD[2];
        String hash = FIELD[3];
        return Stream.of(
                Arguments.of("missing", null),
                Arguments.of("empty", ""),
                Arguments.of("the secret in clear", SECRET),
                Arguments.of("separators only", "$$$"),
                Arguments.of("three fields", FIELD[0] + "$" + FAST + "$" + salt),
                Arguments.of("five fields", FIELD[0] + "$" + FAST + "$" + salt + "$" + hash + "$" + hash),
                Arguments.of("other algorithm", "pbkdf2-sha1$" + FAST + "$" + salt + "$" + hash),
                Arguments.of("uppercase prefix", "PBKDF2-SHA256$" + FAST + "$" + salt + "$" + hash),
                Arguments.of("bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"),
                Arguments.of("argon2", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g"),
                Arguments.of("non-numeric count", FIELD[0] + "$many$" + salt + "$" + hash),
                Arguments.of("count beyond int", FIELD[0] + "$99999999999$" + salt + "$" + hash),
                Arguments.of("zero count", FIELD[0] + "$0$" + salt + "$" + hash),
                Arguments.of("negative count", FIELD[0] + "$-1000$" + salt + "$" + hash),
                Arguments.of("empty count", FIELD[0] + "$$" + salt + "$" + hash),
                Arguments.of("empty salt", FIELD[0] + "$" + FAST + "$$" + hash),
                Arguments.of("salt not Base64", FIELD[0] + "$" + FAST + "$!!not*base64!!$" + hash),
                Arguments.of("hash not Base64", FIELD[0] + "$" + FAST + "$" + salt + "$é#"),
                Arguments.of("empty hash", FIELD[0] + "$" + FAST + "$" + salt + "$"),
                Arguments.of("truncated hash", FIELD[0] + "$" + FAST + "$" + salt + "$" + hash.substring(0, 20)),
                Arguments.of("hash of another salt", FIELD[0] + "$" + FAST + "$" + "AAAAAAAAAAAAAAAAAAAAAA" + "$" + hash));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOrForeign")
    void matches_falseWithoutException_whenStoredHashMalformedOrForeign(String label, String stored) {
        boolean matches = PasswordHasher.matches(SECRET, stored);

        assertFalse(matches);
    }

    /** The only test that pays the production cost: one hash and one check at {@link PasswordHasher#ITERATIONS}. */
    @Test
    void hash_usesDefaultCostAndMatches_whenNoCountGiven() {
        PasswordHasher.hash("warm-up", 1); // loads the JCE provider, so that the timing below is the hash alone

        long start = System.nanoTime();
        String stored = PasswordHasher.hash(SECRET);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PasswordHasher: one default-cost hash (%,d iterations) took %d ms%n",
                PasswordHasher.ITERATIONS, elapsedMillis);

        assertEquals(String.valueOf(PasswordHasher.ITERATIONS), stored.split("\\$")[1]);
        assertEquals(210_000, PasswordHasher.ITERATIONS, "OWASP 2023 minimum for PBKDF2-HMAC-SHA256");
        assertTrue(PasswordHasher.matches(SECRET, stored));
    }
}
