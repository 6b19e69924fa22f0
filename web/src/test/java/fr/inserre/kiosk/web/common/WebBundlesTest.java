package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every screen text exists in every language of its audience, and nothing else: the kiosk bundle in
 * each language the kiosk offers ({@link LanguageSelection#KIOSK}: English, Arabic, Spanish,
 * Romanian and easy-to-read French), staff and Faces bundles in English. A missing key would show a
 * key name or fall back silently; a stale key is a translation nobody updates; a placeholder lost or
 * added would drop a value or show "{1}". These fail the build.
 */
class WebBundlesTest {

    private static final String FOLDER = "fr/inserre/kiosk/web/i18n/";
    /** {0}, {1,number,#}...: the argument index and its format type, if any. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?[^}]*}");

    static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = WebBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing bundle file " + resource);
            // Strict UTF-8: a file saved in another encoding fails instead of showing broken letters.
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    /** The file Java's bundle lookup reads for this language first, e.g. kiosk_fr__facile.properties. */
    static String fileOf(String bundle, Locale language) {
        return FOLDER + ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .toBundleName(bundle, language) + ".properties";
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }

    /** Every translated bundle of the screens: the kiosk's languages but French, staff and Faces' English. */
    static Stream<Arguments> translations() {
        List<Arguments> all = new ArrayList<>();
        LanguageSelection.KIOSK.stream().filter(l -> !l.equals(Locale.FRENCH))
                .forEach(l -> all.add(Arguments.of("kiosk", l.toLanguageTag())));
        LanguageSelection.STAFF.stream().filter(l -> !l.equals(Locale.FRENCH)).forEach(l -> {
            all.add(Arguments.of("staff", l.toLanguageTag()));
            all.add(Arguments.of("faces", l.toLanguageTag()));
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void translation_hasExactlyTheKeysOfTheFrenchBundle(String bundle, String languageTag) {
        Map<String, String> french = read(FOLDER + bundle + ".properties");
        Map<String, String> translated = read(fileOf(bundle, Locale.forLanguageTag(languageTag)));

        Set<String> missing = new TreeSet<>(french.keySet());
        missing.removeAll(translated.keySet());
        Set<String> stale = new TreeSet<>(translated.keySet());
        stale.removeAll(french.keySet());
        assertEquals(Set.of(), missing, "keys missing in " + languageTag);
        assertEquals(Set.of(), stale, "keys in " + languageTag + " that French no longer has");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void translation_isNeverBlank_andKeepsThePlaceholdersOfTheFrench(String bundle, String languageTag) {
        Map<String, String> french = read(FOLDER + bundle + ".properties");
        Map<String, String> translated = read(fileOf(bundle, Locale.forLanguageTag(languageTag)));

        List<String> wrong = new ArrayList<>();
        translated.forEach((key, text) -> {
            if (text.isBlank()) {
                wrong.add(key + " is blank");
            } else if (french.containsKey(key) && !placeholders(text).equals(placeholders(french.get(key)))) {
                wrong.add(key + " has " + placeholders(text) + " where French has " + placeholders(french.get(key)));
            }
        });
        assertEquals(List.of(), wrong, languageTag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "staff"})
    void frenchTexts_areNeverBlank(String bundle) {
        read(FOLDER + bundle + ".properties").forEach((key, text) -> assertFalse(text.isBlank(), key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "staff"})
    void screenTexts_writeApostrophesOnce(String bundle) {
        Map<String, String> french = read(FOLDER + bundle + ".properties");

        french.keySet().forEach(key -> assertFalse(french.get(key).contains("''"), key));
    }

    @Test
    void placeholders_areReadWithTheirFormat() {
        assertEquals(Set.of("0", "1,number", "2"), placeholders("{0} a {1,number,#} et {2}"));
        assertEquals(Set.of(), placeholders("Rien à remplir"));
    }

    @Test
    void easyToReadFrench_isItsOwnFile_andNotTheFrenchOneAgain() {
        Map<String, String> french = read(FOLDER + "kiosk.properties");
        Map<String, String> easy = read(fileOf("kiosk", LanguageSelection.EASY_FRENCH));

        assertEquals(FOLDER + "kiosk_fr__facile.properties", fileOf("kiosk", LanguageSelection.EASY_FRENCH));
        long rewritten = easy.keySet().stream().filter(key -> !easy.get(key).equals(french.get(key))).count();
        assertTrue(rewritten > french.size() / 2, "only " + rewritten + " of " + french.size() + " texts rewritten");
    }
}
