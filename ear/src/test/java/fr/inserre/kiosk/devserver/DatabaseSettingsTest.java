package fr.inserre.kiosk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void fromEnvironment_isNull_whenNoHostIsNamed_soTheEmbeddedDatabaseIsUsed() {
        assertNull(DatabaseSettings.fromEnvironment(Map.of(), "inserre"));
        assertNull(DatabaseSettings.fromEnvironment(Map.of("INSERRE_DB_HOST", " "), "inserre"));
    }

    @Test
    void fromEnvironment_readsEveryVariable_withDefaultsForTheOthers() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(
                Map.of("INSERRE_DB_HOST", "db.local", "INSERRE_DB_PASSWORD", "s3cret"), "inserre");

        assertEquals("jdbc:mariadb://db.local:3306/inserre", settings.jdbcUrl());
        assertEquals("inserre", settings.user());
        assertEquals("s3cret", settings.password());
        assertTrue(settings.serverProperties().contains("-Dinserre.db.host=db.local"));
    }

    @Test
    void fromEnvironment_namesThePortVariable_whenItIsNotANumber() {
        DatabaseUnreachableException refused = assertThrows(DatabaseUnreachableException.class,
                () -> DatabaseSettings.fromEnvironment(Map.of("INSERRE_DB_HOST", "h", "INSERRE_DB_PORT", "x"), "n"));

        assertTrue(refused.getMessage().contains("INSERRE_DB_PORT=x"), refused.getMessage());
    }

    @Test
    void toString_neverShowsThePassword() {
        assertTrue(!DatabaseSettings.embedded(3307, "inserre").toString().contains("inserre@127.0.0.1:3307/inserre "
                + "inserre"));
        assertTrue(!new DatabaseSettings("h", 1, "n", "u", "topsecret", false).toString().contains("topsecret"));
    }
}
