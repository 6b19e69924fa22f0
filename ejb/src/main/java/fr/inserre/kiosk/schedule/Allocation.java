package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A detainee placed on an activity from a date, until a date or open-ended. Ending it sets the last
 * day and the reason; the record stays (it is the history of the detainee's path).
 */
@Entity
@Table(name = "allocation")
public class Allocation extends AuditedEntity {

    public static final int TEXT_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "until_date")
    private LocalDate untilDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private AllocationStatus status = AllocationStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_reason", length = 24)
    private AllocationEndReason endReason;

    @Column(name = "end_comment", length = TEXT_MAX)
    private String endComment;

    /** Why a manager allocated despite a conflict in the detainee's schedule. */
    @Column(name = "override_reason", length = TEXT_MAX)
    private String overrideReason;

    protected Allocation() {
        // for JPA
    }

    Allocation(Detainee detainee, Activity activity, LocalDate fromDate, LocalDate untilDate, String overrideReason) {
        if (untilDate != null && untilDate.isBefore(fromDate)) {
            throw new InvalidPeriodException();
        }
        this.detainee = detainee;
        this.activity = activity;
        this.fromDate = fromDate;
        this.untilDate = untilDate;
        this.overrideReason = overrideReason;
    }

    /**
     * Ends the allocation after {@code lastDay}. Refused when it already ended, or when the last day
     * is before the first.
     */
    public void end(LocalDate lastDay, AllocationEndReason reason, String comment) {
        if (status == AllocationStatus.ENDED) {
            throw new AllocationEndedException();
        }
        if (lastDay.isBefore(fromDate)) {
            throw new InvalidPeriodException();
        }
        if (untilDate == null || lastDay.isBefore(untilDate)) {
            untilDate = lastDay;
        }
        status = AllocationStatus.ENDED;
        endReason = reason;
        endComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Suspends the allocation (the place is kept, the detainee is not expected meanwhile). */
    public void suspend(boolean withPay) {
        if (status == AllocationStatus.ENDED) {
            throw new AllocationEndedException();
        }
        status = withPay ? AllocationStatus.SUSPENDED_PAID : AllocationStatus.SUSPENDED_UNPAID;
    }

    public void resume() {
        if (status == AllocationStatus.ENDED) {
            throw new AllocationEndedException();
        }
        status = AllocationStatus.ACTIVE;
    }

    /** Whether the allocation covers the date (whatever its status). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && (untilDate == null || !date.isAfter(untilDate));
    }

    /** Whether the allocation's period shares a day with [from, until] (until null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || !fromDate.isAfter(until)) && (untilDate == null || !untilDate.isBefore(from));
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public Activity getActivity() {
        return activity;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public AllocationStatus getStatus() {
        return status;
    }

    public AllocationEndReason getEndReason() {
        return endReason;
    }

    public String getEndComment() {
        return endComment;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
