package fr.inserre.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The package's Chromium policies, from the sources: the lockdown file parses as one JSON object;
 * every key, and every key the server file gets (from write-server-policy), is a Chromium policy
 * name of the reviewed list and is explained in policies.md; the escape-critical values are what
 * they must be. Where Debian's Chromium is installed, every reviewed name is in its binary.
 */
class PolicyNamesTest {

    private static final Path SOURCES = Path.of(System.getProperty("inserre.deb.sources", "src/deb"));
    private static final Path LOCKDOWN = SOURCES.resolve("data/etc/chromium/policies/managed/inserre-kiosk.json");
    private static final Path SERVER_POLICY_SCRIPT = SOURCES.resolve("data/usr/lib/inserre-kiosk/write-server-policy");
    private static final Path EXPLAINED = SOURCES.resolve("data/usr/share/doc/inserre-kiosk/policies.md");

    static JsonObject lockdown() throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(LOCKDOWN)))) {
            return reader.readObject();
        }
    }

    static Set<String> knownNames() throws IOException {
        try (InputStream in = PolicyNamesTest.class.getResourceAsStream("/chromium-policy-names.txt")) {
            Set<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    /** The keys of the object that write-server-policy builds with jq: "Name: value" lines of its filter. */
    static Set<String> serverPolicyKeys() throws IOException {
        Matcher key = Pattern.compile("^\\s+([A-Z][A-Za-z]+):", Pattern.MULTILINE).matcher(Files.readString(SERVER_POLICY_SCRIPT));
        Set<String> keys = new TreeSet<>();
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    @Test
    void lockdownFile_isOneJsonObject_withPolicyNamesOfTheReviewedList() throws IOException {
        Set<String> unknown = new TreeSet<>(lockdown().keySet());
        unknown.removeAll(knownNames());

        assertTrue(lockdown().size() >= 40, "the lockdown sets every escape-relevant policy: " + lockdown().size());
        assertEquals(Set.of(), unknown, "not Chromium policy names (Chromium silently ignores them)");
    }

    @Test
    void serverFile_keysAreKnownPolicies_andNotInTheLockdownFile() throws IOException {
        Set<String> keys = serverPolicyKeys();
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(knownNames());
        Set<String> inBoth = new TreeSet<>(keys);
        inBoth.retainAll(lockdown().keySet());

        assertEquals(Set.of("HomepageIsNewTabPage", "HomepageLocation", "NewTabPageLocation", "RestoreOnStartup",
                "RestoreOnStartupURLs", "URLAllowlist"), keys);
        assertEquals(Set.of(), unknown);
        assertEquals(Set.of(), inBoth, "Chromium does not say which file wins a conflict: one file per policy");
    }

    @Test
    void everyPolicy_isExplainedOnItsOwnLine() throws IOException {
        String explained = Files.readString(EXPLAINED);
        List<String> unexplained = new ArrayList<>();
        Set<String> all = new TreeSet<>(lockdown().keySet());
        all.addAll(serverPolicyKeys());
        for (String policy : all) {
            if (!Pattern.compile("^\\| `" + policy + "` \\| .{10,}", Pattern.MULTILINE).matcher(explained).find()) {
                unexplained.add(policy);
            }
        }

        assertEquals(List.of(), unexplained);
    }

    @Test
    void escapeCriticalPolicies_haveTheirLockedValues() throws IOException {
        JsonObject policy = lockdown();

        assertEquals(Set.of("*", "chrome://*", "chrome-untrusted://*", "devtools://*", "view-source:*", "javascript://*"),
                Set.copyOf(policy.getJsonArray("URLBlocklist").getValuesAs(v -> ((jakarta.json.JsonString) v).getString())));
        assertFalse(policy.containsKey("URLAllowlist"), "before enrolment nothing is allowed; the server file allows");
        assertEquals(3, policy.getInt("DownloadRestrictions"), "block all downloads");
        assertEquals(2, policy.getInt("DeveloperToolsAvailability"), "never");
        assertEquals(1, policy.getInt("IncognitoModeAvailability"), "disabled");
        assertEquals(JsonValue.FALSE, policy.get("PrintingEnabled"));
        assertEquals(JsonValue.FALSE, policy.get("BrowserGuestModeEnabled"));
        assertEquals(JsonValue.TRUE, policy.get("ForceEphemeralProfiles"));
        assertEquals(JsonValue.FALSE, policy.get("PasswordManagerEnabled"));
        assertEquals(JsonValue.FALSE, policy.get("AllowFileSelectionDialogs"));
        assertEquals(2, policy.getInt("DefaultPopupsSetting"), "block");
        assertEquals(0, policy.getInt("BrowserSignin"), "disabled");
        assertEquals(JsonValue.TRUE, policy.get("SyncDisabled"));
        assertEquals(List.of("*"), policy.getJsonArray("ExtensionInstallBlocklist").getValuesAs(
                v -> ((jakarta.json.JsonString) v).getString()));
    }

    /** The runs of letters and digits of a binary file (as strings(1) would find them), read in one pass. */
    private static Set<String> words(Path binary) throws IOException {
        Set<String> words = new java.util.HashSet<>();
        StringBuilder word = new StringBuilder();
        byte[] chunk = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(binary)) {
            int read;
            while ((read = in.read(chunk)) != -1) {
                for (int i = 0; i < read; i++) {
                    int b = chunk[i];
                    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                        if (word.length() < 80) {
                            word.append((char) b);
                        }
                    } else {
                        if (word.length() >= 6) {
                            words.add(word.toString());
                        }
                        word.setLength(0);
                    }
                }
            }
        }
        return words;
    }

    @Test
    void reviewedNames_areAllInTheInstalledChromium() throws IOException {
        Path binary = Path.of("/usr/lib/chromium/chromium");
        Assumptions.assumeTrue(Files.isReadable(binary), "Debian's chromium is not installed here");
        Set<String> words = words(binary);
        List<String> missing = knownNames().stream().filter(name -> !words.contains(name)).toList();

        assertEquals(List.of(), missing, "names this Chromium does not know");
    }
}
