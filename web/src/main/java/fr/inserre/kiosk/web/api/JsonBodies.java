package fr.inserre.kiosk.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Request bodies of the terminal API, read strictly: UTF-8, exactly one JSON object, nothing after it. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body's single JSON object, or empty when the body is anything else. */
    static Optional<JsonObject> singleObject(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
            return Optional.empty();
        }
    }
}
