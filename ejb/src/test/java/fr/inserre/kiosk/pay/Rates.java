package fr.inserre.kiosk.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test builder of rate values, as the migration seeds them and as a direction records them. */
public final class Rates {

    static final long ESTABLISHMENT = 7L;

    private final List<PayRate> values = new ArrayList<>();

    /** The seeded national values of V9__pay.sql. */
    public static Rates seeded() {
        return new Rates()
                .national(RateItem.MINIMUM_WAGE, "2024-01-01", "11.65")
                .national(RateItem.MINIMUM_WAGE, "2024-11-01", "11.88")
                .national(RateItem.MINIMUM_WAGE, "2026-01-01", "12.02")
                .national(RateItem.PRODUCTION, "2022-05-01", "45")
                .national(RateItem.CLASS_I, "2022-05-01", "33")
                .national(RateItem.CLASS_II, "2022-05-01", "25")
                .national(RateItem.CLASS_III, "2022-05-01", "20")
                .national(RateItem.TRAINING_ALLOWANCE, "2024-01-01", "2.28");
    }

    Rates national(RateItem item, String from, String value) {
        values.add(new PayRate(item, null, LocalDate.parse(from), new BigDecimal(value), Instant.EPOCH, "test"));
        return this;
    }

    Rates own(RateItem item, String from, String value) {
        values.add(new PayRate(item, ESTABLISHMENT, LocalDate.parse(from), new BigDecimal(value), Instant.EPOCH, "test"));
        return this;
    }

    public RateTable table() {
        return new RateTable(ESTABLISHMENT, values);
    }
}
