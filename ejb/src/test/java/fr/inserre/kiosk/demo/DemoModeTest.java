package fr.inserre.kiosk.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoModeTest {

    private static Properties with(String value) {
        Properties properties = new Properties();
        properties.setProperty(DemoMode.PROPERTY, value);
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "  true ", "\ttrue\n"})
    void isOn_true_whenPropertyIsTrueInAnyCaseOrPadding(String value) {
        assertTrue(DemoMode.isOn(with(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "false", "yes", "1", "on", "truee", "t rue"})
    void isOn_false_whenPropertyIsAnythingElse(String value) {
        assertFalse(DemoMode.isOn(with(value)));
    }

    @Test
    void isOn_false_whenPropertyAbsent() {
        Properties properties = new Properties();
        properties.setProperty("inserre.other", "true");

        assertFalse(DemoMode.isOn(properties));
    }
}
