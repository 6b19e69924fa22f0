package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Objects;

/**
 * An establishment's working-time limits and clocking tolerance. Without a row the French defaults
 * apply ({@link #defaults()}): 10 h a day, 48 h a week, one full day of rest a week, clock-in from 15
 * minutes before a session starts, a session over 10 h flagged.
 */
@Entity
@Table(name = "attendance_policy")
@NamedQuery(name = "AttendancePolicy.findByEstablishment",
        query = "select p from AttendancePolicy p where p.establishment.id = :establishmentId")
public class AttendancePolicy extends AuditedEntity {

    public static final int DEFAULT_MAX_DAY_MINUTES = 600;
    public static final int DEFAULT_MAX_WEEK_MINUTES = 2880;
    public static final int DEFAULT_MIN_REST_DAYS = 1;
    public static final int DEFAULT_CLOCK_IN_EARLY_MINUTES = 15;
    public static final int DEFAULT_LONG_SESSION_MINUTES = 600;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @Column(name = "max_day_minutes", nullable = false)
    private int maxDayMinutes = DEFAULT_MAX_DAY_MINUTES;

    @Column(name = "max_week_minutes", nullable = false)
    private int maxWeekMinutes = DEFAULT_MAX_WEEK_MINUTES;

    @Column(name = "min_rest_days", nullable = false)
    private int minRestDays = DEFAULT_MIN_REST_DAYS;

    @Column(name = "clock_in_early_minutes", nullable = false)
    private int clockInEarlyMinutes = DEFAULT_CLOCK_IN_EARLY_MINUTES;

    @Column(name = "long_session_minutes", nullable = false)
    private int longSessionMinutes = DEFAULT_LONG_SESSION_MINUTES;

    protected AttendancePolicy() {
        // for JPA and the defaults
    }

    AttendancePolicy(Establishment establishment) {
        this.establishment = Objects.requireNonNull(establishment);
    }

    /** The defaults, for an establishment that has not set its own (not persisted). */
    public static AttendancePolicy defaults() {
        return new AttendancePolicy();
    }

    /** Sets the limits; refused when a value is out of its range (see {@link InvalidPolicyException}). */
    public void change(int maxDay, int maxWeek, int restDays, int earlyMinutes, int longSession) {
        check(maxDay, 60, 1440);
        check(maxWeek, 60, 10080);
        check(restDays, 0, 7);
        check(earlyMinutes, 0, 120);
        check(longSession, 60, 1440);
        maxDayMinutes = maxDay;
        maxWeekMinutes = maxWeek;
        minRestDays = restDays;
        clockInEarlyMinutes = earlyMinutes;
        longSessionMinutes = longSession;
    }

    private static void check(int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPolicyException(value, min, max);
        }
    }

    public Duration clockInEarly() {
        return Duration.ofMinutes(clockInEarlyMinutes);
    }

    public int getMaxDayMinutes() {
        return maxDayMinutes;
    }

    public int getMaxWeekMinutes() {
        return maxWeekMinutes;
    }

    public int getMinRestDays() {
        return minRestDays;
    }

    public int getClockInEarlyMinutes() {
        return clockInEarlyMinutes;
    }

    public int getLongSessionMinutes() {
        return longSessionMinutes;
    }
}
