package fr.inserre.kiosk.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstablishmentTest {

    private static Establishment arras() {
        return new Establishment("ARR", "InSERRE Arras", 180);
    }

    @Test
    void kioskIdleSeconds_is120_whenNew() {
        Establishment establishment = arras();

        assertEquals(120, establishment.getKioskIdleSeconds());
        assertEquals(120, Establishment.DEFAULT_IDLE_SECONDS);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 31, 60, 899, 900})
    void setKioskIdleTimeout_keepsTheValue_whenWithin30To900(int seconds) {
        Establishment establishment = arras();

        establishment.setKioskIdleTimeout(seconds);

        assertEquals(seconds, establishment.getKioskIdleSeconds());
    }

    @ParameterizedTest
    @ValueSource(ints = {29, 901, 0, -30, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void setKioskIdleTimeout_refusedAndValueKept_whenOutside30To900(int seconds) {
        Establishment establishment = arras();
        establishment.setKioskIdleTimeout(300);

        InvalidIdleTimeoutException refusal = assertThrows(InvalidIdleTimeoutException.class,
                () -> establishment.setKioskIdleTimeout(seconds));

        assertEquals("establishment.idle.range", refusal.getMessageKey());
        assertEquals(List.of(seconds, 30, 900), refusal.getArguments());
        assertEquals(300, establishment.getKioskIdleSeconds());
    }
}
