package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals a detainee can meet at the kiosk (choosing a PIN, the planning, requests) exist in
 * every kiosk language besides French and English, easy-to-read French included (the kiosk's locale
 * fr-facile reads messages_fr__facile first), with the French message's arguments; those bundles hold
 * nothing else (staff-only refusals fall back to French, which staff read).
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
            "attendance.clock.noSession", "attendance.clock.notAllocated", "attendance.clock.notWorkshop",
            "citizen.release.item.unknown", "citizen.release.help.already",
            "citizen.slot.unknown", "citizen.slot.past", "citizen.slot.taken", "citizen.slot.conflict.activity",
            "citizen.slot.conflict.appointment", "citizen.slot.alreadyWithPartner", "citizen.slot.cancelTooLate",
            "citizen.sheet.unknown"));

    /** The bundle suffix of the kiosk's easy-to-read French (locale fr with the variant "facile"). */
    static final String EASY_FRENCH = "fr__facile";

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
    @ValueSource(strings = {"ar", "es", "ro", EASY_FRENCH})
    void everyKioskRefusal_isTranslated_andNothingElse(String language) {
        Map<String, String> translated = Bundles.read("fr/inserre/kiosk/messages_" + language + ".properties");

        assertEquals(KIOSK_REFUSALS, new TreeSet<>(translated.keySet()), language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "es", "ro", EASY_FRENCH})
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

    @Test
    void easyToReadFrench_isItsOwnWording_andTheBundleTheKioskLocaleReadsFirst() {
        Locale easy = new Locale.Builder().setLanguage("fr").setVariant("facile").build();
        Map<String, String> french = Bundles.read(BusinessExceptionMessagesTest.FRENCH);
        Map<String, String> rewritten = Bundles.read("fr/inserre/kiosk/messages_" + EASY_FRENCH + ".properties");

        assertEquals("fr/inserre/kiosk/messages_" + EASY_FRENCH, ResourceBundle.Control.getControl(
                ResourceBundle.Control.FORMAT_PROPERTIES).toBundleName("fr/inserre/kiosk/messages", easy));
        long same = rewritten.keySet().stream().filter(key -> rewritten.get(key).equals(french.get(key))).count();
        assertTrue(same <= rewritten.size() / 10,
                same + " of " + rewritten.size() + " easy-to-read refusals are the French ones again");
        assertEquals(rewritten.get("identity.pin.mismatch"), ResourceBundle.getBundle(
                BusinessExceptionMessagesTest.BUNDLE,
                easy, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("identity.pin.mismatch"));
    }
}
