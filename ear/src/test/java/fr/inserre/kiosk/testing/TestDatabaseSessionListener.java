package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.devserver.DatabaseSettings;
import fr.inserre.kiosk.devserver.EmbeddedDatabase;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a database before the first test class starts WildFly: the server named
 * by INSERRE_DB_* (CI points them at the machine's MariaDB), else an embedded MariaDB under
 * ear/target/it-data, recreated empty and stopped when the test run ends, pass or fail.
 * Only acts in the failsafe run (which passes -Dinserre.ear).
 */
public class TestDatabaseSessionListener implements LauncherSessionListener {

    public static final String DATABASE = "inserre_test";
    public static final String SERVER_PROPERTIES = "inserre.test.server.properties";

    private static EmbeddedDatabase embedded;
    private static DatabaseSettings settings;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("inserre.ear") == null || settings != null) {
            return;
        }
        DatabaseSettings fromEnvironment = DatabaseSettings.fromEnvironment(System.getenv(), DATABASE);
        if (fromEnvironment == null) {
            embedded = EmbeddedDatabase.start(Path.of(System.getProperty("inserre.data.dir")).resolve("mariadb"), DATABASE);
            embedded.recreate();
            settings = embedded.settings();
        } else {
            settings = fromEnvironment;
        }
        settings.checkReachable();
        System.setProperty(SERVER_PROPERTIES, String.join(" ", settings.serverProperties()));
        System.out.println("Integration tests use the database " + settings);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    /** The database of this test run (null outside the failsafe run). */
    public static DatabaseSettings settings() {
        return settings;
    }
}
