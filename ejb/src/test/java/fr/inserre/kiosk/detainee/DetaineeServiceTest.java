package fr.inserre.kiosk.detainee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetaineeServiceTest {

    @ParameterizedTest(name = "[{index}] <{0}> -> <{1}>")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            dup          | dup%
            "  dup  "    | dup%
            50%          | 50\\%%
            a_b          | a\\_b%
            a\\b         | a\\\\b%
            \\%          | \\\\\\%%
            %_\\         | \\%\\_\\\\%
            Hélène       | Hélène%
            """)
    void likePrefix_escapesWildcardsAndAppendsPercent_whenUserTypesThem(String typed, String expected) {
        String pattern = DetaineeService.likePrefix(typed);

        assertEquals(expected, pattern);
    }
}
