package fr.inserre.kiosk.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prices time with the rates of one establishment, without the database: build it with the
 * {@link RateTable} of {@link PayRatesService#table(long)} (one SQL statement), then price a month of
 * a whole establishment with it.
 *
 * <p>{@link #price(Collection)} adds up the minutes of each (key, basis, hourly rate) first and rounds
 * each such line once; a month that straddles a rate change gives two lines for the key, one per rate.
 */
public final class PayCalculator {

    private final RateTable rates;
    /** Rates asked for already: a month of 180 detainees asks only a few (basis, day) pairs. */
    private final Map<PayBasis, Map<LocalDate, HourlyRate>> asked = new HashMap<>();

    public PayCalculator(RateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** The hourly rate of a basis on a day. */
    public HourlyRate rateFor(PayBasis basis, LocalDate day) {
        return asked.computeIfAbsent(basis, b -> new HashMap<>()).computeIfAbsent(day, d -> rates.rateFor(basis, d));
    }

    /** What these minutes on this day earn (zero when unpaid), rounded half up to the cent. */
    public Money amount(PayBasis basis, LocalDate day, long minutes) {
        return rateFor(basis, day).amountFor(minutes);
    }

    /**
     * Lines per key and rate, in the order their keys first appear: minutes added up, then each line
     * rounded once. Refused with {@link NoRateInForceException} if a paid day has no rate.
     */
    public <K> List<PricedLine<K>> price(Collection<WorkedTime<K>> times) {
        Map<LineKey<K>, Totals> totals = new LinkedHashMap<>();
        for (WorkedTime<K> time : times) {
            HourlyRate rate = rateFor(time.basis(), time.day());
            totals.computeIfAbsent(new LineKey<>(time.key(), time.basis(), rate.perHour()), k -> new Totals(rate))
                    .add(time);
        }
        List<PricedLine<K>> lines = new ArrayList<>(totals.size());
        totals.forEach((key, total) -> lines.add(new PricedLine<>(key.key(), total.rate, total.minutes,
                total.rate.amountFor(total.minutes), total.first, total.last)));
        return lines;
    }

    /** The sum of the lines' amounts. */
    public static Money total(Collection<? extends PricedLine<?>> lines) {
        Money total = Money.ZERO;
        for (PricedLine<?> line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    private record LineKey<K>(K key, PayBasis basis, Money perHour) {
    }

    private static final class Totals {
        /** The rate of the first time seen for the line (all its times have the same hourly amount). */
        private final HourlyRate rate;
        private long minutes;
        private LocalDate first;
        private LocalDate last;

        Totals(HourlyRate rate) {
            this.rate = rate;
        }

        void add(WorkedTime<?> time) {
            minutes += time.minutes();
            if (first == null || time.day().isBefore(first)) {
                first = time.day();
            }
            if (last == null || time.day().isAfter(last)) {
                last = time.day();
            }
        }
    }
}
