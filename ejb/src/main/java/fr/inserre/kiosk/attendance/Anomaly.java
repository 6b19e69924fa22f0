package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something in the attendance a supervisor should look at: a presence without its end after the
 * session ended, a session over the long-session limit, an expected detainee nobody recorded, a
 * refused clock tap (e.g. at a workshop without an allocation: {@code detail} is the refusal's message
 * key), a week over the working-time limits not yet validated ({@code detail} lists the limits).
 */
public record Anomaly(Kind kind, LocalDate date, Instant at, long detaineeId, String name, String prisonNumber,
        String activityTitle, Long activityId, Long sessionId, Long attendanceId, String detail)
        implements Serializable {

    public enum Kind {
        MISSING_CLOCK_OUT,
        LONG_SESSION,
        NOT_RECORDED,
        REFUSED_CLOCK,
        OVER_LIMITS
    }
}
