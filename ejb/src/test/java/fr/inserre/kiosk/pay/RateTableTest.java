package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.schedule.PayClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTest {

    private static final PayBasis CLASS_I = PayBasis.work(PayClass.CLASS_I);
    private static final PayBasis PRODUCTION = PayBasis.work(PayClass.PRODUCTION);

    @ParameterizedTest(name = "{0} on {1}: {2} EUR/h")
    @CsvSource({
        // the day before and the day of each SMIC change, with the national floors
        "PRODUCTION, 2024-10-31, 5.25",  // 11.65 x 45 % = 5.2425 -> up 5.25
        "PRODUCTION, 2024-11-01, 5.35",  // 11.88 x 45 % = 5.346
        "PRODUCTION, 2025-12-31, 5.35",
        "PRODUCTION, 2026-01-01, 5.41",  // 12.02 x 45 % = 5.409
        "CLASS_I, 2024-01-01, 3.85",     // 11.65 x 33 % = 3.8445
        "CLASS_I, 2024-11-01, 3.93",     // 11.88 x 33 % = 3.9204: up, never below the floor (nearest would be 3.92)
        "CLASS_I, 2026-01-01, 3.97",     // 12.02 x 33 % = 3.9666
        "CLASS_II, 2024-11-01, 2.97",    // 11.88 x 25 % = 2.97 exactly: unchanged
        "CLASS_II, 2026-01-01, 3.01",    // 12.02 x 25 % = 3.005
        "CLASS_III, 2024-11-01, 2.38",   // 11.88 x 20 % = 2.376
        "CLASS_III, 2026-01-01, 2.41"})  // 12.02 x 20 % = 2.404
    void work_paysTheShareOfTheMinimumWageInForce_roundedUpToTheCent(PayClass payClass, LocalDate day, String perHour) {
        HourlyRate rate = Rates.seeded().table().rateFor(PayBasis.work(payClass), day);

        assertEquals(Money.euros(perHour), rate.perHour());
        assertFalse(rate.establishmentValue());
    }

    @Test
    void work_tellsThePeriodItsRateHolds() {
        HourlyRate rate = Rates.seeded().table().rateFor(CLASS_I, LocalDate.of(2025, 6, 15));

        assertEquals(LocalDate.of(2024, 11, 1), rate.since());
        assertEquals(LocalDate.of(2026, 1, 1), rate.until());
        assertEquals(new BigDecimal("11.88"), rate.minimumWage());
        assertEquals(new BigDecimal("33.00"), rate.share());
    }

    @Test
    void work_isRefused_beforeTheFirstMinimumWageKnown() {
        NoRateInForceException refused = assertThrows(NoRateInForceException.class,
                () -> Rates.seeded().table().rateFor(PRODUCTION, LocalDate.of(2023, 12, 31)));

        assertEquals(List.of(LocalDate.of(2023, 12, 31)), refused.getArguments());
    }

    @Test
    void ownShare_appliesFromItsDay_andTheFloorBefore() {
        RateTable table = Rates.seeded().own(RateItem.CLASS_I, "2026-12-01", "40").table();

        HourlyRate before = table.rateFor(CLASS_I, LocalDate.of(2026, 11, 30));
        HourlyRate from = table.rateFor(CLASS_I, LocalDate.of(2026, 12, 1));

        assertEquals(Money.euros("3.97"), before.perHour());
        assertEquals(LocalDate.of(2026, 12, 1), before.until());
        assertEquals(Money.euros("4.81"), from.perHour()); // 12.02 x 40 % = 4.808
        assertTrue(from.establishmentValue());
        assertEquals(LocalDate.of(2026, 12, 1), from.since());
    }

    @Test
    void ownShare_givesWayToTheFloor_whenALaterFloorIsHigher() {
        RateTable table = Rates.seeded().own(RateItem.CLASS_III, "2026-01-01", "22")
                .national(RateItem.CLASS_III, "2027-01-01", "24").table();

        assertEquals(new BigDecimal("22.00"), table.rateFor(PayBasis.work(PayClass.CLASS_III), LocalDate.of(2026, 6, 1)).share());
        HourlyRate later = table.rateFor(PayBasis.work(PayClass.CLASS_III), LocalDate.of(2027, 1, 1));
        assertEquals(new BigDecimal("24.00"), later.share());
        assertFalse(later.establishmentValue());
    }

    @Test
    void training_paysTheNationalAllowance_untilTheEstablishmentHasItsOwn() {
        RateTable table = Rates.seeded().own(RateItem.TRAINING_ALLOWANCE, "2026-09-01", "2.50").table();

        HourlyRate before = table.rateFor(PayBasis.TRAINING, LocalDate.of(2026, 8, 31));
        HourlyRate from = table.rateFor(PayBasis.TRAINING, LocalDate.of(2026, 9, 1));

        assertEquals(Money.euros("2.28"), before.perHour());
        assertEquals(LocalDate.of(2026, 9, 1), before.until());
        assertEquals(Money.euros("2.50"), from.perHour());
        assertTrue(from.establishmentValue());
        assertNull(from.share());
    }

    @Test
    void unpaid_paysNothing_evenWithNoRateKnown() {
        HourlyRate rate = new RateTable(1L, List.of()).rateFor(PayBasis.UNPAID, LocalDate.of(2020, 1, 1));

        assertFalse(rate.isPaid());
        assertEquals(Money.ZERO, rate.amountFor(600));
    }

    @Test
    void table_refusesAnotherEstablishmentsValues() {
        PayRate other = new PayRate(RateItem.CLASS_I, 99L, LocalDate.of(2026, 1, 1), BigDecimal.TEN, Instant.EPOCH, "t");

        assertThrows(IllegalArgumentException.class, () -> new RateTable(1L, List.of(other)));
    }

    @Test
    void minimumWage_cannotBeAnEstablishmentsValue() {
        assertThrows(IllegalArgumentException.class, () -> new PayRate(RateItem.MINIMUM_WAGE, 1L,
                LocalDate.of(2026, 1, 1), BigDecimal.TEN, Instant.EPOCH, "t"));
    }

    @Test
    void summary_showsWhatAppliesAndWhatComes() {
        RateTable table = Rates.seeded().own(RateItem.CLASS_I, "2026-06-01", "35")
                .own(RateItem.CLASS_I, "2027-01-01", "36").national(RateItem.MINIMUM_WAGE, "2027-01-01", "12.30").table();

        RateSummary classI = table.summary(RateItem.CLASS_I, LocalDate.of(2026, 11, 30));
        RateSummary wage = table.summary(RateItem.MINIMUM_WAGE, LocalDate.of(2026, 11, 30));

        assertEquals(new BigDecimal("35.00"), classI.applied());
        assertTrue(classI.ownApplies());
        assertEquals(Money.euros("4.21"), classI.perHour()); // 12.02 x 35 % = 4.207
        assertEquals(List.of(LocalDate.of(2027, 1, 1)), classI.upcoming().stream().map(PayRate::getEffectiveFrom).toList());
        assertEquals(Money.euros("12.02"), wage.perHour());
        assertFalse(wage.ownApplies());
        assertEquals(1, wage.upcoming().size());
    }

    @Test
    void history_listsNewestFirstWithinEachItem() {
        List<PayRate> history = Rates.seeded().table().history();

        assertEquals(8, history.size());
        assertEquals(RateItem.MINIMUM_WAGE, history.get(0).getItem());
        assertEquals(LocalDate.of(2026, 1, 1), history.get(0).getEffectiveFrom());
        assertEquals(LocalDate.of(2024, 1, 1), history.get(2).getEffectiveFrom());
    }
}
