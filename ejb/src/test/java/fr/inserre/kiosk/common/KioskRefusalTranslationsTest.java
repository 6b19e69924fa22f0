package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals a detainee can meet at the kiosk (choosing a PIN, the planning, requests) exist in
 * every kiosk language besides French and English, with the French message's arguments; those
 * bundles hold nothing else (staff-only refusals fall back to French, which staff read).
 */
class KioskRefusalTranslationsTest {

    /** The keys thrown by the services a detainee calls (MyScheduleService, MyRequestsService, RequestIntake, ClockService...). */
    static final Set<String> KIOSK_REFUSALS = new TreeSet<>(List.of(
            "identity.pin.format", "identity.pin.tooSimple", "identity.pin.mismatch",
            "detainee.released", "detainee.unknown",
            "schedule.week.outOfRange", "schedule.session.unknown", "schedule.appointment.unknown",
            "schedule.activity.unknown",
            "request.unknown", "request.status.SUBMITTED", "request.status.IN_REVIEW", "request.status.APPROVED",
            "request.status.REJECTED", "request.status.WAITLISTED", "request.status.ANSWERED",
            "request.status.CANCELLED", "request.answer.required", "request.duplicate", "request.activity.notOpen",
            "request.activity.notTraining", "request.activity.notWork", "request.activity.required",
            "request.activity.alreadyOn", "request.text.required", "request.text.tooLong",
            "request.team.notForType", "request.halfDays.required", "request.halfDays.tooMany",
            "request.halfDays.notOffered", "request.question.none", "request.hours.lineUnknown",
            "request.hours.reasonRequired",
            "attendance.clock.alreadyIn", "attendance.clock.recordedAbsent", "attendance.clock.notIn",
            "attendance.clock.noSession", "attendance.clock.notAllocated", "attendance.clock.notWorkshop"));

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "es", "ro"})
    void everyKioskRefusal_isTranslated_andNothingElse(String language) {
        Map<String, String> translated = Bundles.read("fr/inserre/kiosk/messages_" + language + ".properties");

        assertEquals(KIOSK_REFUSALS, new TreeSet<>(translated.keySet()), language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "es", "ro"})
    void translations_keepTheArgumentsOfTheFrench_andAreValidPatterns(String language) {
        Map<String, String> french = Bundles.read(BusinessExceptionMessagesTest.FRENCH);
        Map<String, String> translated = Bundles.read("fr/inserre/kiosk/messages_" + language + ".properties");

        List<String> wrong = new ArrayList<>();
        translated.forEach((key, pattern) -> {
            assertTrue(french.containsKey(key), key + " is not a French key");
            assertFalse(pattern.isBlank(), key);
            assertFalse(LONE_APOSTROPHE.matcher(pattern).find(), key + ": write an apostrophe as ''");
            new MessageFormat(pattern);
            if (!arguments(pattern).equals(arguments(french.get(key)))) {
                wrong.add(key + " has " + arguments(pattern) + ", French " + arguments(french.get(key)));
            }
        });
        assertEquals(List.of(), wrong, language);
    }
}
