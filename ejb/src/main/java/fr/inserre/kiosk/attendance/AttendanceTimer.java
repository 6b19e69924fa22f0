package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.CurrentActor;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every quarter of an hour, creates the expected attendances of the sessions that started in the last
 * two days, so that a session nobody recorded shows among the anomalies even if no one opened it.
 */
@Singleton
public class AttendanceTimer {

    private static final Logger LOG = Logger.getLogger(AttendanceTimer.class.getName());

    @Inject
    AttendanceRecords records;

    @Inject
    Clock clock;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void catchUp() {
        Instant now = clock.instant();
        int created = records.ensureStartedBetween(now.minus(Duration.ofDays(2)), now, now, CurrentActor.SYSTEM);
        if (created > 0) {
            LOG.fine(() -> created + " expected attendances created");
        }
    }
}
