package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"246810", "864213", "135790", "123457", "000001", "987650", "901234", "112233"})
    void check_accepts_whenSixDigitsNeitherRepeatedNorARun(String pin) {
        assertDoesNotThrow(() -> PinRules.check(pin));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567", "24681", "2468100", "24681a", "abcdef", "ABCDEF",
        " 246810", "246810 ", "246 810", "246810\n", "-24681", "+24681", "2468.1",
        "٢٤٦٨١٠" /* Arabic-Indic digits */, "２４６８１０" /* full-width digits */})
    void check_refusedAsFormat_whenNotExactlySixAsciiDigits(String pin) {
        PinFormatException refusal = assertThrows(PinFormatException.class, () -> PinRules.check(pin));

        assertEquals("identity.pin.format", refusal.getMessageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "111111", "999999", "123456", "654321", "012345", "543210", "456789",
        "987654"})
    void check_refusedAsTooSimple_whenAllTheSameOrAStraightRun(String pin) {
        PinTooSimpleException refusal = assertThrows(PinTooSimpleException.class, () -> PinRules.check(pin));

        assertEquals("identity.pin.tooSimple", refusal.getMessageKey());
    }
}
