package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.Heartbeat;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * The body of a heartbeat, read strictly: UTF-8 JSON, one object with {@code "version"} (string),
 * {@code "uptimeSeconds"} (whole number) and optionally {@code "lastError"} (string or null), no
 * other member. Anything else is malformed. The values' own rules (lengths, characters, ranges) are
 * the Bean Validation constraints of {@link Heartbeat}, checked by the resource.
 */
final class HeartbeatRequest {

    private static final Set<String> REQUIRED = Set.of("version", "uptimeSeconds");
    private static final Set<String> ALLOWED = Set.of("version", "uptimeSeconds", "lastError");

    private HeartbeatRequest() {
    }

    /** The report the body carries, or empty when the body is malformed. */
    static Optional<Heartbeat> parse(byte[] body) {
        return JsonBodies.singleObject(body).flatMap(HeartbeatRequest::report);
    }

    private static Optional<Heartbeat> report(JsonObject object) {
        if (!object.keySet().containsAll(REQUIRED) || !ALLOWED.containsAll(object.keySet())
                || !(object.get("version") instanceof JsonString version)
                || !(object.get("uptimeSeconds") instanceof JsonNumber uptime) || !uptime.isIntegral()) {
            return Optional.empty();
        }
        JsonValue error = object.getOrDefault("lastError", JsonValue.NULL);
        if (error != JsonValue.NULL && !(error instanceof JsonString)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Heartbeat(version.getString(), uptime.longValueExact(),
                    error instanceof JsonString text ? text.getString() : null));
        } catch (ArithmeticException notALong) {
            return Optional.empty();
        }
    }
}
