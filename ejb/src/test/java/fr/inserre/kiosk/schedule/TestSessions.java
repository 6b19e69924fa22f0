package fr.inserre.kiosk.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test helper for other features' unit tests: a session of an activity at given instants. */
public final class TestSessions {

    private TestSessions() {
    }

    public static ActivitySession of(Activity activity, LocalDate date, Instant start, Instant end) {
        return new ActivitySession(activity, new Occurrence(null, date, LocalTime.MIN, LocalTime.MIN, start, end));
    }
}
