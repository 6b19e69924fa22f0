package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.inserre.kiosk.schedule.PayClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayCalculatorTest {

    private static final PayBasis PRODUCTION = PayBasis.work(PayClass.PRODUCTION);
    private final PayCalculator calculator = new PayCalculator(Rates.seeded().table());

    @Test
    void amount_pricesMinutesAtTheRateOfTheirDay() {
        assertEquals(Money.euros("5.35"), calculator.amount(PRODUCTION, LocalDate.of(2025, 12, 31), 60));
        assertEquals(Money.euros("5.41"), calculator.amount(PRODUCTION, LocalDate.of(2026, 1, 1), 60));
        assertEquals(Money.euros("2.28"), calculator.amount(PayBasis.TRAINING, LocalDate.of(2026, 1, 1), 60));
        assertEquals(Money.ZERO, calculator.amount(PayBasis.UNPAID, LocalDate.of(2026, 1, 1), 60));
    }

    @Test
    void price_addsMinutesUpBeforeRounding_soCentsDoNotPileUp() {
        // 20 days of 7 minutes at 5.41: each day alone is 0.631... -> 0.63 (12.60 in all); 140 min is 12.623... -> 12.62.
        List<WorkedTime<String>> days = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            days.add(new WorkedTime<>("A", PRODUCTION, LocalDate.of(2026, 3, d), 7));
        }

        List<PricedLine<String>> lines = calculator.price(days);

        assertEquals(1, lines.size());
        assertEquals(140, lines.get(0).minutes());
        assertEquals(Money.euros("12.62"), lines.get(0).amount());
        assertEquals(LocalDate.of(2026, 3, 1), lines.get(0).firstDay());
        assertEquals(LocalDate.of(2026, 3, 20), lines.get(0).lastDay());
    }

    @Test
    void price_splitsALine_whenTheRateChangesWithinTheMonth() {
        RateTable table = Rates.seeded().own(RateItem.PRODUCTION, "2026-03-16", "50").table();
        List<WorkedTime<String>> month = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            month.add(new WorkedTime<>("A", PRODUCTION, LocalDate.of(2026, 3, d), 300));
            month.add(new WorkedTime<>("B", PayBasis.UNPAID, LocalDate.of(2026, 3, d), 60));
        }

        List<PricedLine<String>> lines = new PayCalculator(table).price(month);

        assertEquals(3, lines.size());
        assertEquals("A", lines.get(0).key());
        assertEquals(15 * 300, lines.get(0).minutes());
        assertEquals(Money.euros("405.75"), lines.get(0).amount()); // 75 h x 5.41
        assertEquals("B", lines.get(1).key());
        assertEquals(Money.ZERO, lines.get(1).amount());
        assertEquals(31 * 60, lines.get(1).minutes());
        assertEquals(Money.euros("6.01"), lines.get(2).rate().perHour()); // 12.02 x 50 %
        assertEquals(Money.euros("480.80"), lines.get(2).amount()); // 80 h x 6.01
        assertEquals(Money.euros("886.55"), PayCalculator.total(lines));
    }

    @Test
    void price_isRefused_whenAPaidDayHasNoRate() {
        List<WorkedTime<String>> early = List.of(new WorkedTime<>("A", PRODUCTION, LocalDate.of(2023, 6, 1), 60));

        assertThrows(NoRateInForceException.class, () -> calculator.price(early));
    }
}
