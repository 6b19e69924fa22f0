package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every screen text exists in French (the default file) and in English, and nothing else. */
class WebBundlesTest {

    private static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WebBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "staff", "faces"})
    void englishBundle_hasExactlyTheKeysOfTheFrenchOne(String bundle) throws IOException {
        String base = "fr/inserre/kiosk/web/i18n/" + bundle;

        Set<String> french = new TreeSet<>(read(base + ".properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(read(base + "_en.properties").stringPropertyNames());

        assertEquals(french, english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "staff"})
    void screenTexts_writeApostrophesOnce(String bundle) throws IOException {
        Properties french = read("fr/inserre/kiosk/web/i18n/" + bundle + ".properties");

        french.stringPropertyNames().forEach(key -> assertFalse(french.getProperty(key).contains("''"), key));
    }
}
