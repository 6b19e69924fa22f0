package fr.inserre.kiosk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DocumentsBundleTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentsBundleTest.class.getResourceAsStream("/fr/inserre/kiosk/document/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundles_haveTheSameKeys_inFrenchAndEnglish() throws IOException {
        assertEquals(load("documents.properties").stringPropertyNames(), load("documents_en.properties").stringPropertyNames());
        assertTrue(load("documents_fr.properties").isEmpty());
    }

    @Test
    void everyRoleKindAndMonth_hasItsWords() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN}) {
            DocumentTexts texts = new DocumentTexts(locale);
            for (StaffRole role : StaffRole.values()) {
                assertTrue(!texts.text("role." + role.name()).isBlank());
            }
            for (ActivityKind kind : ActivityKind.values()) {
                assertTrue(!texts.text("kind." + kind.name()).isBlank());
            }
            for (int month = 1; month <= 12; month++) {
                assertTrue(texts.text("statement.month." + month, "2026").endsWith("2026"));
            }
        }
        assertEquals("Numéro d'écrou", new DocumentTexts(Locale.GERMAN).text("detainee.prisonNumber"), "French by default");
        assertEquals("Relevé d'heures – mars 2026", new DocumentTexts(Locale.FRENCH).text("statement.title", "mars 2026"));
        assertEquals("12 h 05", DocumentTexts.hours(725));
    }
}
