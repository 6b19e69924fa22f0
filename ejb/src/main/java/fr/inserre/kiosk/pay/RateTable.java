package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rate value one establishment's pay depends on, national and its own, loaded once and then
 * asked without the database: which value of an item is in force on a day, and what an hour of an
 * activity pays.
 *
 * <p>Rules:
 * <ul>
 * <li>a value applies from its date (inclusive) until the next value of the same item and scope;</li>
 * <li>work: hourly rate = minimum wage × share / 100, <b>rounded up to the cent</b>, so that the rate is
 * never below the legal floor (11,88 × 33 % = 3,9204 gives 3,93, not 3,92); the share is the
 * establishment's own when it has one in force, but never less than the national floor in force that
 * day;</li>
 * <li>training: the establishment's allowance in force, else the national one;</li>
 * <li>no value in force (a day before the first SMIC known) is a refusal, {@link NoRateInForceException},
 * never a zero.</li>
 * </ul>
 */
public final class RateTable implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final RoundingMode HOURLY_RATE_ROUNDING = RoundingMode.CEILING;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long establishmentId;
    /** Per item, oldest first. */
    private final Map<RateItem, List<PayRate>> national = new EnumMap<>(RateItem.class);
    private final Map<RateItem, List<PayRate>> own = new EnumMap<>(RateItem.class);

    /** @param values national values and this establishment's (values of another establishment are refused) */
    public RateTable(long establishmentId, List<PayRate> values) {
        this.establishmentId = establishmentId;
        for (PayRate value : values) {
            if (!value.isNational() && value.getEstablishmentId() != establishmentId) {
                throw new IllegalArgumentException("a value of another establishment: " + value);
            }
            (value.isNational() ? national : own).computeIfAbsent(value.getItem(), item -> new ArrayList<>()).add(value);
        }
        Comparator<PayRate> byDate = Comparator.comparing(PayRate::getEffectiveFrom);
        national.values().forEach(list -> list.sort(byDate));
        own.values().forEach(list -> list.sort(byDate));
    }

    public long establishmentId() {
        return establishmentId;
    }

    /** What an hour of this basis pays on this day. */
    public HourlyRate rateFor(PayBasis basis, LocalDate day) {
        return switch (basis.type()) {
            case UNPAID -> HourlyRate.unpaid();
            case TRAINING -> training(day);
            case WORK -> work(basis, day);
        };
    }

    private HourlyRate training(LocalDate day) {
        PayRate ownValue = inForce(own, RateItem.TRAINING_ALLOWANCE, day).orElse(null);
        PayRate value = ownValue != null ? ownValue
                : inForce(national, RateItem.TRAINING_ALLOWANCE, day).orElseThrow(() -> new NoRateInForceException(day));
        LocalDate until = earliest(next(own, RateItem.TRAINING_ALLOWANCE, day),
                ownValue == null ? next(national, RateItem.TRAINING_ALLOWANCE, day) : null);
        return new HourlyRate(PayBasis.TRAINING, new Money(value.getValue()), value.getEffectiveFrom(), until, null, null,
                ownValue != null);
    }

    private HourlyRate work(PayBasis basis, LocalDate day) {
        RateItem item = basis.item();
        PayRate wage = inForce(national, RateItem.MINIMUM_WAGE, day).orElseThrow(() -> new NoRateInForceException(day));
        PayRate floor = inForce(national, item, day).orElseThrow(() -> new NoRateInForceException(day));
        PayRate ownShare = inForce(own, item, day).orElse(null);
        boolean ownApplies = ownShare != null && ownShare.getValue().compareTo(floor.getValue()) > 0;
        BigDecimal share = ownApplies ? ownShare.getValue() : floor.getValue();
        LocalDate since = latest(wage.getEffectiveFrom(), floor.getEffectiveFrom(),
                ownShare == null ? null : ownShare.getEffectiveFrom());
        LocalDate until = earliest(next(national, RateItem.MINIMUM_WAGE, day), next(national, item, day),
                next(own, item, day));
        return new HourlyRate(basis, hourly(wage.getValue(), share), since, until, wage.getValue(), share, ownApplies);
    }

    /** Minimum wage × share / 100, rounded up to the cent (never below the floor). */
    public static Money hourly(BigDecimal minimumWage, BigDecimal sharePercent) {
        return new Money(minimumWage.multiply(sharePercent).divide(HUNDRED, 2, HOURLY_RATE_ROUNDING));
    }

    /** The national value of the item in force on the day. */
    public Optional<PayRate> nationalValue(RateItem item, LocalDate day) {
        return inForce(national, item, day);
    }

    /** The establishment's own value of the item in force on the day (none for the minimum wage). */
    public Optional<PayRate> ownValue(RateItem item, LocalDate day) {
        return inForce(own, item, day);
    }

    /** The item as it stands on the day: values in force, which applies, an hour's pay, what comes next. */
    public RateSummary summary(RateItem item, LocalDate day) {
        PayRate nationalValue = inForce(national, item, day).orElse(null);
        PayRate ownValue = inForce(own, item, day).orElse(null);
        // A share below the floor in force gives way to the floor; an own allowance replaces the national one.
        boolean ownApplies = ownValue != null && (!item.isShare() || nationalValue == null
                || ownValue.getValue().compareTo(nationalValue.getValue()) > 0);
        BigDecimal applied = ownApplies ? ownValue.getValue() : nationalValue == null ? null : nationalValue.getValue();
        Money perHour = null;
        if (applied != null && item.isShare()) {
            perHour = inForce(national, RateItem.MINIMUM_WAGE, day).map(wage -> hourly(wage.getValue(), applied)).orElse(null);
        } else if (applied != null) {
            perHour = new Money(applied);
        }
        List<PayRate> upcoming = new ArrayList<>();
        for (Map<RateItem, List<PayRate>> scope : List.of(national, own)) {
            scope.getOrDefault(item, List.of()).stream().filter(value -> !value.inForceOn(day)).forEach(upcoming::add);
        }
        upcoming.sort(Comparator.comparing(PayRate::getEffectiveFrom));
        return new RateSummary(item, nationalValue, ownValue, applied, ownApplies, perHour, List.copyOf(upcoming));
    }

    /** Every value, national and own, newest first within each item, items in their order. */
    public List<PayRate> history() {
        List<PayRate> all = new ArrayList<>();
        national.values().forEach(all::addAll);
        own.values().forEach(all::addAll);
        all.sort(Comparator.comparing(PayRate::getItem).thenComparing(PayRate::getEffectiveFrom, Comparator.reverseOrder())
                .thenComparing(PayRate::isNational));
        return all;
    }

    private static Optional<PayRate> inForce(Map<RateItem, List<PayRate>> values, RateItem item, LocalDate day) {
        PayRate found = null;
        for (PayRate value : values.getOrDefault(item, List.of())) {
            if (value.inForceOn(day)) {
                found = value;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private static LocalDate next(Map<RateItem, List<PayRate>> values, RateItem item, LocalDate day) {
        for (PayRate value : values.getOrDefault(item, List.of())) {
            if (!value.inForceOn(day)) {
                return value.getEffectiveFrom();
            }
        }
        return null;
    }

    private static LocalDate earliest(LocalDate... dates) {
        LocalDate earliest = null;
        for (LocalDate date : dates) {
            if (date != null && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
        }
        return earliest;
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = null;
        for (LocalDate date : dates) {
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }
}
