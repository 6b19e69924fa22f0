package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.json.JsonString;
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
        return JsonBodies.singleObject(body)
                .filter(object -> object.keySet().equals(Set.of("code")) && object.get("code") instanceof JsonString)
                .map(object -> object.getString("code"))
                .filter(text -> CODE.matcher(text).matches() && !text.isBlank());
    }
}
