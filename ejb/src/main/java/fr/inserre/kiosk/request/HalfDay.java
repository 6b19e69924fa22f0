package fr.inserre.kiosk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A morning or an afternoon of a day: what a detainee proposes for an appointment. */
@Embeddable
public class HalfDay implements Comparable<HalfDay> {

    /** Morning ends and afternoon begins at this time. */
    public static final LocalTime NOON = LocalTime.of(12, 0);

    public enum Half {
        MORNING,
        AFTERNOON
    }

    private static final Comparator<HalfDay> ORDER = Comparator.comparing(HalfDay::getDay)
            .thenComparing(HalfDay::getHalf);

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "half", nullable = false, length = 10)
    private Half half;

    protected HalfDay() {
        // for JPA
    }

    public HalfDay(LocalDate day, Half half) {
        this.day = Objects.requireNonNull(day);
        this.half = Objects.requireNonNull(half);
    }

    /** Whether a time of the day falls in this half. */
    public boolean contains(LocalDate date, LocalTime time) {
        return day.equals(date) && (half == Half.MORNING) == time.isBefore(NOON);
    }

    public LocalDate getDay() {
        return day;
    }

    public Half getHalf() {
        return half;
    }

    @Override
    public int compareTo(HalfDay other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HalfDay h && day.equals(h.day) && half == h.half;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, half);
    }

    @Override
    public String toString() {
        return day + " " + half;
    }
}
