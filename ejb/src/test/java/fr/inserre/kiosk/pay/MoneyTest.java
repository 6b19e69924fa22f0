package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{1} min at {0} EUR/h = {2} EUR")
    @CsvSource({
        // exact: no rounding
        "5.35, 60, 5.35",
        "2.97, 90, 4.46",   // 4.455 -> half up -> 4.46
        "1.05, 30, 0.53",   // 0.525: the half goes up (half even would give 0.52)
        "1.15, 30, 0.58",   // 0.575: half up (half even would give 0.58 as well)
        "0.30, 1, 0.01",    // 0.005: half up to one cent
        "0.29, 1, 0.00",    // 0.004833...: down
        "5.35, 7, 0.62",    // 0.624166...: down
        "5.41, 10, 0.90",   // 0.901666...: down
        "3.93, 1260, 82.53", // 21 h of class I at 2026 rates
        "5.41, 9000, 811.50", // 150 h of production
        "4.00, 0, 0.00"})
    void forMinutes_roundsOnceHalfUpToTheCent(String rate, long minutes, String expected) {
        assertEquals(Money.euros(expected), Money.euros(rate).forMinutes(minutes));
    }

    @Test
    void forMinutes_isExact_whereADoubleWouldDrift() {
        // 0.1 + 0.2 style: 3 x 20 min at 0.10 EUR/h, added as amounts, stays 0.09 with no stray fraction.
        Money twenty = Money.euros("0.10").forMinutes(20);

        assertEquals(Money.euros("0.03"), twenty);
        assertEquals(Money.ofCents(9), twenty.plus(twenty).plus(twenty));
    }

    @Test
    void forMinutes_refusesNegativeMinutes() {
        assertThrows(IllegalArgumentException.class, () -> Money.euros("5.00").forMinutes(-1));
    }

    @Test
    void equality_comparesAmounts_whateverTheScaleGiven() {
        assertEquals(Money.euros("2.5"), new Money(new BigDecimal("2.500")));
        assertEquals(250, Money.euros("2.5").cents());
        assertEquals("2.50", Money.euros("2.5").toString());
    }

    @Test
    void construction_refusesFractionsOfACent_insteadOfRoundingSilently() {
        assertThrows(ArithmeticException.class, () -> Money.euros("0.005"));
    }
}
