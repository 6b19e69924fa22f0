package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.schedule.Activity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A week (Monday to Sunday) of one detainee's attendance at one activity, once staff validated it.
 * Validated means locked: a later correction of one of its attendances reopens it (who, when, why kept
 * here and in the audit trail), and it must be validated again. No row: the week is pending.
 */
@Entity
@Table(name = "timesheet")
@NamedQuery(name = "Timesheet.find", query = "select t from Timesheet t where t.detainee.id = :detaineeId "
        + "and t.activity.id = :activityId and t.weekStart = :weekStart")
public class Timesheet extends AuditedEntity {

    public static final int REASON_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TimesheetStatus status = TimesheetStatus.OPEN;

    @Column(name = "validated_minutes")
    private Integer validatedMinutes;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "validated_by", length = 64)
    private String validatedBy;

    @Column(name = "override_reason", length = REASON_MAX)
    private String overrideReason;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by", length = 64)
    private String reopenedBy;

    @Column(name = "reopen_reason", length = REASON_MAX)
    private String reopenReason;

    protected Timesheet() {
        // for JPA
    }

    Timesheet(Activity activity, Detainee detainee, LocalDate weekStart) {
        if (!weekStart.equals(WorkedTime.weekStart(weekStart))) {
            throw new IllegalArgumentException("a timesheet starts on a Monday: " + weekStart);
        }
        this.establishment = activity.getEstablishment();
        this.activity = activity;
        this.detainee = detainee;
        this.weekStart = weekStart;
    }

    /**
     * Validates the week with its total; {@code overrideReason} is set when the direction validated
     * it over the limits. Refused when already validated.
     */
    public void validate(int minutes, String by, Instant at, String override) {
        if (status == TimesheetStatus.VALIDATED) {
            throw new TimesheetAlreadyValidatedException(detaineeName(), weekStart);
        }
        status = TimesheetStatus.VALIDATED;
        validatedMinutes = minutes;
        validatedAt = at;
        validatedBy = by;
        overrideReason = override == null || override.isBlank() ? null : override.strip();
    }

    /** A correction reopens a validated week; returns whether it was validated. */
    public boolean reopen(String by, Instant at, String why) {
        if (status != TimesheetStatus.VALIDATED) {
            return false;
        }
        status = TimesheetStatus.OPEN;
        reopenedAt = at;
        reopenedBy = by;
        reopenReason = why == null || why.isBlank() ? null : why.strip();
        return true;
    }

    private String detaineeName() {
        return detainee.getDisplayName();
    }

    public boolean isValidated() {
        return status == TimesheetStatus.VALIDATED;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public Activity getActivity() {
        return activity;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public TimesheetStatus getStatus() {
        return status;
    }

    public Integer getValidatedMinutes() {
        return validatedMinutes;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
