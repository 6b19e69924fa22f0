package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Test helper: reads a .properties bundle file exactly as written (strict UTF-8, no locale fallback). */
final class Bundles {

    private Bundles() {
    }

    /** The entries of the file, e.g. {@code fr/inserre/kiosk/messages_en.properties}, sorted by key. */
    static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = open(resource)) {
            // A strict decoder: a file saved in ISO-8859-1 fails here instead of showing broken accents.
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    /** The keys of the file in order, repeated keys included (Properties keeps only the last one). */
    static List<String> keysAsWritten(String resource) {
        List<String> keys = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    keys.add(trimmed.split("\\s*[=:]", 2)[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return keys;
    }

    private static InputStream open(String resource) {
        InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource);
        assertNotNull(in, "missing bundle " + resource);
        return in;
    }
}
