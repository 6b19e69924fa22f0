package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of an enrolment request, read strictly: UTF-8 JSON, one object with exactly one member
 * {@code "code"}, a string of letters, digits, dashes and spaces. Anything else is malformed.
 */
final class EnrolmentRequest {

    /** Letters, digits, dashes and spaces, as IT may type the code ("ABCDE-FGHJK"). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9 -]{1," + TerminalService.ENROLMENT_CODE_INPUT_MAX + "}");

    private EnrolmentRequest() {
    }

    /** The enrolment code the body carries, or empty when the body is malformed. */
    static Optional<String> code(byte[] body) {
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
            if (parser.hasNext() || !object.keySet().equals(Set.of("code"))
                    || !(object.get("code") instanceof JsonString code)) {
                return Optional.empty();
            }
            String text = code.getString();
            return CODE.matcher(text).matches() && !text.isBlank() ? Optional.of(text) : Optional.empty();
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException malformed) {
            return Optional.empty();
        }
    }
}
