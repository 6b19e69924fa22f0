package fr.inserre.kiosk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.terminal.Heartbeat;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heartbeat body's shape, read strictly (values' own rules are Bean Validation's, tested in the IT). */
class HeartbeatRequestTest {

    private static Optional<Heartbeat> parse(String body) {
        return HeartbeatRequest.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsVersionUptimeAndLastError_theErrorBeingOptional() {
        assertEquals(Optional.of(new Heartbeat("0.1.0~1", 42, "boom")),
                parse("{\"version\":\"0.1.0~1\",\"uptimeSeconds\":42,\"lastError\":\"boom\"}"));
        assertEquals(Optional.of(new Heartbeat("0.1.0", 0, null)), parse("{\"version\":\"0.1.0\",\"uptimeSeconds\":0}"));
        assertEquals(Optional.of(new Heartbeat("0.1.0", 1, null)),
                parse("{\"uptimeSeconds\":1,\"version\":\"0.1.0\",\"lastError\":null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "[]", "\"x\"", "{}", "{\"version\":\"1\"}", "{\"uptimeSeconds\":1}",
        "{\"version\":1,\"uptimeSeconds\":1}", "{\"version\":\"1\",\"uptimeSeconds\":1.5}",
        "{\"version\":\"1\",\"uptimeSeconds\":\"1\"}", "{\"version\":\"1\",\"uptimeSeconds\":1e40}",
        "{\"version\":\"1\",\"uptimeSeconds\":1,\"lastError\":false}", "{\"version\":\"1\",\"uptimeSeconds\":1,\"x\":1}",
        "{\"version\":\"1\",\"uptimeSeconds\":1}{}", "{\"version\":\"1\",\"uptimeSeconds\":1"})
    void anythingElse_isMalformed(String body) {
        assertTrue(parse(body).isEmpty(), body);
    }

    @Test
    void notUtf8_isMalformed() {
        byte[] latin1 = "{\"version\":\"é\",\"uptimeSeconds\":1}".getBytes(StandardCharsets.ISO_8859_1);

        assertTrue(HeartbeatRequest.parse(latin1).isEmpty());
    }
}
