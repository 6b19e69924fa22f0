package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/**
 * How long the data of a released or transferred person are kept (read-only) before they are purged:
 * {@value #DEFAULT_DAYS} days after the release unless {@code -Dinserre.retention.days} says otherwise
 * (at least {@value #MIN_DAYS}: attestations and appeals need the record for a while).
 */
public record RetentionPolicy(int days) {

    public static final String PROPERTY = "inserre.retention.days";
    public static final int DEFAULT_DAYS = 730;
    public static final int MIN_DAYS = 30;

    public RetentionPolicy {
        if (days < MIN_DAYS) {
            throw new IllegalArgumentException(PROPERTY + " must be at least " + MIN_DAYS + " days, not " + days);
        }
    }

    /** The policy set by the system property, or the default; a wrong value stops the start. */
    public static RetentionPolicy fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new RetentionPolicy(DEFAULT_DAYS);
        }
        try {
            return new RetentionPolicy(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(PROPERTY + " must be a number of days, not '" + value + "'",
                    notANumber);
        }
    }

    /** People released before this day are purged today. */
    public LocalDate releasedBefore(LocalDate today) {
        return today.minusDays(days);
    }

    /** Whether the data of a person released on this day are purged today. */
    public boolean isDue(LocalDate releasedOn, LocalDate today) {
        return releasedOn != null && releasedOn.isBefore(releasedBefore(today));
    }
}
