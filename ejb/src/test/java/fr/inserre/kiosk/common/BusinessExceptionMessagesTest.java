package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal a rule can raise has a message for staff in both languages: each
 * {@link BusinessException} subclass of the main code is built with sample arguments, and its key
 * must be in {@code fr/inserre/kiosk/messages.properties} (French) and {@code messages_en.properties}.
 */
class BusinessExceptionMessagesTest {

    static final String FRENCH = "fr/inserre/kiosk/messages.properties";
    static final String ENGLISH = "fr/inserre/kiosk/messages_en.properties";
    static final String FRENCH_LOOKUP_STOP = "fr/inserre/kiosk/messages_fr.properties";
    static final String BUNDLE = "fr.inserre.kiosk.messages";
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static List<BusinessException> refusals;

    @BeforeAll
    static void buildEveryRefusal() {
        refusals = new ArrayList<>();
        for (Class<?> type : MainClasses.all()) {
            if (BusinessException.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                for (Constructor<?> constructor : type.getConstructors()) {
                    Class<?>[] parameters = constructor.getParameterTypes();
                    if (parameters.length == 1 && parameters[0].isEnum()) {
                        // One refusal per rule: each constant carries its own message key.
                        for (Object constant : parameters[0].getEnumConstants()) {
                            refusals.add(instantiate(constructor, constant));
                        }
                    } else {
                        refusals.add(instantiate(constructor));
                    }
                }
            }
        }
    }

    /** Arguments that differ from each other, so that each must show in the formatted message. */
    private static BusinessException instantiate(Constructor<?> constructor) {
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = sample(types[i], i, constructor);
        }
        return instantiate(constructor, arguments);
    }

    private static BusinessException instantiate(Constructor<?> constructor, Object... arguments) {
        try {
            return (BusinessException) constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + constructor, e);
        }
    }

    private static Object sample(Class<?> type, int position, Constructor<?> constructor) {
        if (type == String.class) {
            return "X-" + (position + 1);
        }
        if (type == long.class || type == Long.class) {
            return 7L + position;
        }
        if (type == int.class || type == Integer.class) {
            return 7 + position;
        }
        if (type == java.time.LocalTime.class) {
            return java.time.LocalTime.of(8 + position, 15);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2025, 3, 10 + position);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == BusinessException.class) {
            // A refusal that wraps another (e.g. one decision of a commission): its message shows the other's.
            return new ChangedMeanwhileException("X-" + (position + 1));
        }
        return fail("add a sample argument of type " + type.getName() + " for " + constructor);
    }

    @Test
    void everyRefusal_found_whenMainCodeScanned() {
        Set<String> keys = keys();

        assertTrue(keys.containsAll(Set.of("detainee.released", "staff.roles.empty", "terminal.cell.missing")),
                () -> "scan found only " + keys);
    }

    @Test
    void bundles_haveExactlyTheSameKeys_whenFrenchAndEnglishCompared() {
        Set<String> french = Bundles.read(FRENCH).keySet();

        Set<String> english = Bundles.read(ENGLISH).keySet();

        assertEquals(french, english);
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH, ENGLISH})
    void bundle_hasAMessageForEveryRefusalAndNothingElse_inEachLanguage(String bundle) {
        // Roster import problems are not refusals: ImportProblemMessagesTest checks theirs.
        Set<String> written = new TreeSet<>(Bundles.read(bundle).keySet());
        written.removeIf(key -> key.startsWith("roster.problem."));

        assertEquals(keys(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH, ENGLISH})
    void bundle_writesEachKeyOnce_inEachLanguage(String bundle) {
        List<String> keys = Bundles.keysAsWritten(bundle);

        assertEquals(new HashSet<>(keys).size(), keys.size(), () -> "repeated key in " + keys);
    }

    @TestFactory
    Stream<DynamicTest> message_showsEveryArgument_whenFormattedInEachLanguage() {
        Map<String, String> french = Bundles.read(FRENCH);
        Map<String, String> english = Bundles.read(ENGLISH);
        return refusals.stream().flatMap(refusal -> Stream.of(
                DynamicTest.dynamicTest(refusal.getMessageKey() + " (fr)",
                        () -> assertFormatsWithEveryArgument(french, refusal, Locale.FRENCH)),
                DynamicTest.dynamicTest(refusal.getMessageKey() + " (en)",
                        () -> assertFormatsWithEveryArgument(english, refusal, Locale.ENGLISH))));
    }

    private static void assertFormatsWithEveryArgument(Map<String, String> bundle, BusinessException refusal,
            Locale locale) {
        String pattern = bundle.get(refusal.getMessageKey());
        assertTrue(pattern != null && !pattern.isBlank(), () -> "no message for " + refusal.getMessageKey());
        assertFalse(LONE_APOSTROPHE.matcher(pattern).find(),
                () -> "write apostrophes as '' in MessageFormat patterns: " + pattern);

        String shown = new MessageFormat(pattern, locale).format(refusal.getArguments().toArray());

        for (Object argument : refusal.getArguments()) {
            assertTrue(shown.contains(String.valueOf(argument)), () -> "argument " + argument + " missing: " + shown);
        }
        assertFalse(shown.contains("{") || shown.contains("}"), () -> "placeholder left: " + shown);
    }

    @Test
    void frenchFile_definesNoKey_whenFrenchIsTheDefault() {
        Map<String, String> written = Bundles.read(FRENCH_LOOKUP_STOP);

        assertEquals(Map.of(), written);
    }

    @ParameterizedTest
    @CsvSource({"fr, en", "en, fr", "fr, fr", "en, en"})
    void bundle_givesTheUsersLanguage_whateverTheServerDefaultLocale(String language, String serverDefault) {
        String expected = Bundles.read("fr".equals(language) ? FRENCH : ENGLISH).get("staff.roles.empty");

        String found = DefaultLocale.as(Locale.forLanguageTag(serverDefault),
                () -> ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language)).getString("staff.roles.empty"));

        assertEquals(expected, found);
    }

    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        refusals.forEach(refusal -> keys.add(refusal.getMessageKey()));
        return keys;
    }
}
