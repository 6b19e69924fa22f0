package fr.inserre.kiosk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Demo mode (demo data, the demo terminal entry that enrols any demo terminal for any browser) must
 * never be switchable on by the server configuration a production deployment applies: no file of
 * ear/src/main/wildfly (the CLI scripts and their runner) nor of the EAR's own descriptors names the
 * property. Only the README's run command (DemoServer, test code) and the test server set it.
 */
class ServerConfigurationTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    private static List<Path> filesUnder(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(MODULE.resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void serverConfigurationScripts_areThere() throws IOException {
        List<String> names = filesUnder("src/main/wildfly").stream().map(p -> p.getFileName().toString()).toList();

        assertTrue(names.contains("configure-datasource.cli") && names.contains("apply-configuration.sh"),
                () -> "looked in the wrong folder: " + names);
    }

    @Test
    void everyConfigurationScript_isAppliedByTheBuild_andHasItsRestoreScript() throws IOException {
        List<String> names = filesUnder("src/main/wildfly").stream().map(p -> p.getFileName().toString()).toList();
        String apply = Files.readString(MODULE.resolve("src/main/wildfly/apply-configuration.sh"), StandardCharsets.UTF_8);

        for (String name : names.stream().filter(n -> n.startsWith("configure-")).toList()) {
            assertTrue(apply.contains(name), () -> name + " is not applied by apply-configuration.sh");
            assertTrue(names.contains(name.replace("configure-", "restore-")), () -> name + " has no restore script");
        }
    }

    @Test
    void noServerConfigurationFile_setsDemoMode() throws IOException {
        for (Path file : filesUnder("src/main/wildfly")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);

            assertFalse(text.contains(DemoMode.PROPERTY), () -> file + " names " + DemoMode.PROPERTY);
        }
    }

    @Test
    void noDescriptorOfTheEar_setsDemoMode() throws IOException {
        for (Path file : filesUnder("src/main/application")) {
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(DemoMode.PROPERTY), file::toString);
        }
    }

    @Test
    void demoModeProperty_isTheOneTheseTestsLookFor() {
        assertEquals("inserre.demo", DemoMode.PROPERTY);
    }
}
