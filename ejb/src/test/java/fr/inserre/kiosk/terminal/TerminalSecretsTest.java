package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalSecretsTest {

    @Test
    void newSecret_is32RandomBytesInBase64UrlWithoutPadding() {
        String secret = TerminalSecrets.newSecret();

        assertEquals(43, secret.length(), secret);
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
    }

    @Test
    void newSecret_neverRepeats_over10000Draws() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            secrets.add(TerminalSecrets.newSecret());
        }

        assertEquals(10_000, secrets.size());
    }

    @Test
    void newEnrolmentCode_is10CharactersOfTheUnambiguousAlphabet() {
        for (int i = 0; i < 1_000; i++) {
            String code = TerminalSecrets.newEnrolmentCode();

            assertTrue(code.matches("[A-HJ-NP-Z2-9]{10}"), code);
        }
    }

    @Test
    void enrolmentCodeAlphabet_hasNoLookAlikes_and32DistinctCharacters() {
        String alphabet = TerminalSecrets.ENROLMENT_CODE_ALPHABET;

        for (char lookAlike : new char[] {'0', 'O', '1', 'I'}) {
            assertEquals(-1, alphabet.indexOf(lookAlike), "contains " + lookAlike);
        }
        assertEquals(32, alphabet.chars().distinct().count());
        assertEquals(0, 256 % alphabet.length(), "a byte maps to a character without bias");
    }

    @Test
    void newEnrolmentCode_usesEveryCharacterAboutEquallyOften() {
        Map<Character, Integer> counts = new HashMap<>();
        int codes = 6_400;
        for (int i = 0; i < codes; i++) {
            for (char c : TerminalSecrets.newEnrolmentCode().toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }

        // 64,000 characters over 32 symbols: 2,000 each expected; 1,700-2,300 is over 6 standard deviations.
        assertEquals(32, counts.size());
        counts.forEach((c, n) -> assertTrue(n > 1_700 && n < 2_300, c + " drawn " + n + " times"));
    }

    @ParameterizedTest
    @CsvSource({
        "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    void hash_isLowercaseHexSha256_ofTheUtf8Bytes(String value, String expected) {
        assertEquals(expected, TerminalSecrets.hash(value));
    }

    @Test
    void matches_true_onlyForTheValueThatWasHashed() {
        String secret = TerminalSecrets.newSecret();
        String stored = TerminalSecrets.hash(secret);

        assertTrue(TerminalSecrets.matches(secret, stored));
        assertFalse(TerminalSecrets.matches(secret + "x", stored));
        assertFalse(TerminalSecrets.matches(secret.substring(1), stored));
        assertFalse(TerminalSecrets.matches(stored, stored), "the hash itself is no credential");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    void matches_false_whenNothingOrSomethingMalformedIsStored(String stored) {
        assertFalse(TerminalSecrets.matches("abc", stored));
        assertFalse(TerminalSecrets.matches(null, stored));
    }

    @Test
    void sameBytes_comparesWholeArrays() {
        byte[] digest = new byte[32];
        byte[] firstDiffers = digest.clone();
        firstDiffers[0] = 1;
        byte[] lastDiffers = digest.clone();
        lastDiffers[31] = 1;

        assertTrue(TerminalSecrets.sameBytes(digest, digest.clone()));
        assertFalse(TerminalSecrets.sameBytes(digest, firstDiffers));
        assertFalse(TerminalSecrets.sameBytes(digest, lastDiffers));
        assertFalse(TerminalSecrets.sameBytes(digest, new byte[31]));
        assertFalse(TerminalSecrets.sameBytes(digest, null));
        assertFalse(TerminalSecrets.sameBytes(null, null));
    }

    @Test
    void sameBytes_takesAboutAsLongWhereverTheArraysDiffer() {
        byte[] digest = new byte[32];
        byte[] firstDiffers = digest.clone();
        firstDiffers[0] = 1;
        byte[] lastDiffers = digest.clone();
        lastDiffers[31] = 1;
        // The fastest of several rounds (robust to a busy machine); an early-exit comparison would be
        // several times faster when the first byte differs.
        long first = Long.MAX_VALUE;
        long last = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            first = Math.min(first, time(digest, firstDiffers));
            last = Math.min(last, time(digest, lastDiffers));
        }

        double ratio = (double) last / first;
        assertTrue(ratio > 0.5 && ratio < 2.0, "last/first byte differing took " + ratio + " times as long");
    }

    private static long time(byte[] a, byte[] b) {
        long start = System.nanoTime();
        boolean any = false;
        for (int i = 0; i < 200_000; i++) {
            any |= TerminalSecrets.sameBytes(a, b);
        }
        assertFalse(any);
        return System.nanoTime() - start;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ABCDEFGHJK     | ABCDEFGHJK
            abcde-fghjk    | ABCDEFGHJK
            ' ABCDE FGHJK '| ABCDEFGHJK
            abc-de fg-hjk  | ABCDEFGHJK
            """)
    void normaliseEnrolmentCode_acceptsLowercaseSpacesAndDashes(String typed, String expected) {
        assertEquals(expected, TerminalSecrets.normaliseEnrolmentCode(typed));
    }

    @Test
    void normaliseEnrolmentCode_givesEmpty_whenNothingTyped() {
        assertEquals("", TerminalSecrets.normaliseEnrolmentCode(null));
    }
}
