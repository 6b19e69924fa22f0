package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every custom message template of a constraint in the main code (e.g.
 * {@code {detainee.prisonNumber.pattern}}) has its text in {@code ValidationMessages.properties}
 * (French) and {@code ValidationMessages_en.properties}.
 */
class ValidationMessagesTest {

    static final String FRENCH = "ValidationMessages.properties";
    static final String ENGLISH = "ValidationMessages_en.properties";
    static final String FRENCH_LOOKUP_STOP = "ValidationMessages_fr.properties";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\{([^{}]+)}");

    /** The keys of the {...} templates of the constraints on the main classes, their members and parameters. */
    private static Set<String> customKeys() {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : MainClasses.all()) {
            List<AnnotatedElement> elements = new ArrayList<>();
            elements.add(type);
            elements.addAll(List.of(type.getDeclaredFields()));
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable executable : executables) {
                elements.add(executable);
                for (Parameter parameter : executable.getParameters()) {
                    elements.add(parameter);
                }
            }
            for (AnnotatedElement element : elements) {
                for (Annotation annotation : element.getAnnotations()) {
                    messageOf(annotation).ifPresent(message -> keysIn(message, keys));
                }
            }
        }
        return keys;
    }

    private static java.util.Optional<String> messageOf(Annotation annotation) {
        try {
            Method message = annotation.annotationType().getMethod("message");
            return message.getReturnType() == String.class
                    ? java.util.Optional.of((String) message.invoke(annotation)) : java.util.Optional.empty();
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keysIn(String message, Set<String> keys) {
        Matcher matcher = TEMPLATE_KEY.matcher(message);
        while (matcher.find()) {
            String key = matcher.group(1);
            // Keys of the standard constraints come with the validator in every language.
            if (!key.startsWith("jakarta.validation.") && !key.startsWith("org.hibernate.validator.")) {
                keys.add(key);
            }
        }
    }

    @Test
    void customKeys_found_whenMainCodeScanned() {
        Set<String> keys = customKeys();

        assertTrue(keys.containsAll(Set.of("detainee.prisonNumber.pattern", "establishment.code.pattern")),
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
    void bundle_hasATextForEveryCustomKeyAndNothingElse_inEachLanguage(String bundle) {
        Map<String, String> written = Bundles.read(bundle);

        assertEquals(customKeys(), written.keySet());
        written.forEach((key, text) -> assertTrue(!text.isBlank() && !TEMPLATE_KEY.matcher(text).find(),
                () -> key + " has no plain text: " + text));
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH, ENGLISH})
    void bundle_writesEachKeyOnce_inEachLanguage(String bundle) {
        List<String> keys = Bundles.keysAsWritten(bundle);

        assertEquals(new HashSet<>(keys).size(), keys.size(), () -> "repeated key in " + keys);
    }

    @Test
    void frenchFile_definesNoKey_whenFrenchIsTheDefault() {
        Map<String, String> written = Bundles.read(FRENCH_LOOKUP_STOP);

        assertEquals(Map.of(), written);
    }

    @ParameterizedTest
    @CsvSource({"fr, en", "en, fr", "fr, fr", "en, en"})
    void validator_showsTheUsersLanguage_whateverTheServerDefaultLocale(String language, String serverDefault) {
        Locale locale = Locale.forLanguageTag(language);
        String expected = Bundles.read("fr".equals(language) ? FRENCH : ENGLISH).get("establishment.code.pattern");

        Set<String> messages = DefaultLocale.as(Locale.forLanguageTag(serverDefault), () -> {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(locale).buildValidatorFactory()) {
                return factory.getValidator().validate(new Establishment("arr", "InSERRE Arras", 180)).stream()
                        .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
            }
        });

        assertEquals(Set.of(expected), messages);
    }
}
