package fr.inserre.kiosk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrolmentRequestTest {

    private static Optional<String> code(String body) {
        return EnrolmentRequest.code(body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\":\"ABCDEFGHJK\"}", " {\n  \"code\" : \"ABCDEFGHJK\"\n} ", "{\"code\":\"ABCDE-FGHJK\"}",
        "{\"code\":\"abcde fghjk\"}"})
    void code_read_whenOneObjectWithOnlyAStringCode(String body) {
        Optional<String> code = code(body);

        assertTrue(code.isPresent(), body);
        assertEquals("ABCDEFGHJK", code.get().replaceAll("[ -]", "").toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ABCDEFGHJK", "\"ABCDEFGHJK\"", "[]", "[\"ABCDEFGHJK\"]", "{}", "null",
        "{\"code\":null}", "{\"code\":123}", "{\"code\":[\"ABCDEFGHJK\"]}", "{\"code\":{\"value\":\"A\"}}",
        "{\"code\":\"\"}", "{\"code\":\"   \"}", "{\"Code\":\"ABCDEFGHJK\"}", "{\"code\":\"ABCDEFGHJK\",\"x\":1}",
        "{\"code\":\"ABCDEFGHJK\"", "{\"code\":\"ABCDEFGHJK\"} {}", "{\"code\":\"ABC;DROP\"}",
        "{\"code\":\"ABCDEFGHJK\\u0000\"}", "{\"code\":\"ÀBCDEFGHJK\"}", "{'code':'ABCDEFGHJK'}"})
    void code_empty_whenMalformed(String body) {
        assertTrue(code(body).isEmpty(), body);
    }

    @Test
    void code_empty_whenLongerThanAnyTypedCode() {
        assertTrue(code("{\"code\":\"" + "A".repeat(33) + "\"}").isEmpty());
    }

    @Test
    void code_empty_whenNotUtf8() {
        byte[] latin1 = "{\"code\":\"ABCDEFGHJ\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertTrue(EnrolmentRequest.code(latin1).isEmpty());
    }
}
