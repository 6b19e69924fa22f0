package fr.inserre.kiosk.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.devserver.DatabaseSettings;
import fr.inserre.kiosk.devserver.DatabaseUnreachableException;
import org.junit.jupiter.api.Test;

/** Against the test run's real MariaDB: a wrong database name is named in the message. */
class DatabaseSettingsIT {

    @Test
    void checkReachable_passes_forTheTestDatabase() {
        assertDoesNotThrow(() -> TestDatabaseSessionListener.settings().checkReachable());
    }

    @Test
    void checkReachable_namesTheDatabaseVariable_whenTheDatabaseDoesNotExist() {
        DatabaseSettings good = TestDatabaseSessionListener.settings();
        DatabaseSettings wrong = new DatabaseSettings(good.host(), good.port(), "no_such_database", good.user(),
                good.password(), false);

        DatabaseUnreachableException refused = assertThrows(DatabaseUnreachableException.class, wrong::checkReachable);

        assertTrue(refused.getMessage().contains("INSERRE_DB_NAME=no_such_database"), refused.getMessage());
    }
}
