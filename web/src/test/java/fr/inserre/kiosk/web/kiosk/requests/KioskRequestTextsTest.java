package fr.inserre.kiosk.web.kiosk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.HalfDay;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestEventKind;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the request screens show a detainee exists in the kiosk bundle: a label for every
 * value of the request enums (the English bundle has the same keys: WebBundlesTest), and every key
 * a kiosk page names literally.
 */
class KioskRequestTextsTest {

    static Properties kiosk() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KioskRequestTextsTest.class.getClassLoader()
                .getResourceAsStream("fr/inserre/kiosk/web/i18n/kiosk.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyRequestEnumValue_hasAKioskLabel() throws IOException {
        Properties kiosk = kiosk();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(RequestStatus.class, RequestType.class, Team.class,
                RefusalReason.class, RequestEventKind.class, HalfDay.Half.class)) {
            String prefix = type == HalfDay.Half.class ? "HalfDay" : type.getSimpleName();
            for (Enum<?> value : type.getEnumConstants()) {
                if (!kiosk.containsKey(prefix + "." + value.name())) {
                    missing.add(prefix + "." + value.name());
                }
            }
        }
        for (Team team : RequestType.GENERAL.teams()) {
            if (!kiosk.containsKey("kiosk_requests_new.hint." + team.name())) {
                missing.add("kiosk_requests_new.hint." + team.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void refusalReasons_areWrittenForTheDetainee_notAsStaffCodes() throws IOException {
        Properties kiosk = kiosk();
        for (RefusalReason reason : RefusalReason.values()) {
            String words = kiosk.getProperty("RefusalReason." + reason.name());
            assertFalse(words.contains("_"), words);
            assertTrue(words.endsWith("."), "a whole sentence: " + words);
        }
    }

    @Test
    void everyKioskKeyNamedInAPage_exists() throws IOException {
        Properties kiosk = kiosk();
        Pattern literal = Pattern.compile("kiosk\\['([A-Za-z0-9_.]+)'\\]");
        List<String> missing = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(pages.isEmpty(), "run from the web module");
        for (Path page : pages) {
            Matcher keys = literal.matcher(Files.readString(page));
            while (keys.find()) {
                String key = keys.group(1);
                // 'RequestStatus.'.concat(...) names a family of keys, checked above.
                if (!key.endsWith(".") && !kiosk.containsKey(key)) {
                    missing.add(page.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
