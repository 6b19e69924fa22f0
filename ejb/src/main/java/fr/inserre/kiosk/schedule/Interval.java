package fr.inserre.kiosk.schedule;

import java.time.Instant;
import java.util.Objects;

/** A half-open span of time [start, end): one that ends at 10:00 does not overlap one that starts at 10:00. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
