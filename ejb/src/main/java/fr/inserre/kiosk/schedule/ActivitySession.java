package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One dated session of an activity, planned from a slot. It can be cancelled or moved, always with
 * a reason; a moved session keeps its original times so that the detainee sees what changed.
 * Sessions are never deleted: a cancelled one stays visible as cancelled.
 */
@Entity
@Table(name = "activity_session")
public class ActivitySession extends AuditedEntity {

    public static final int REASON_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @Column(name = "slot_id", updatable = false)
    private Long slotId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(nullable = false, length = Activity.PLACE_MAX)
    private String place;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SessionState state = SessionState.PLANNED;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "original_start_at")
    private Instant originalStartAt;

    @Column(name = "original_end_at")
    private Instant originalEndAt;

    protected ActivitySession() {
        // for JPA
    }

    ActivitySession(Activity activity, Occurrence occurrence) {
        this.activity = activity;
        this.slotId = occurrence.slotId();
        this.date = occurrence.date();
        this.startAt = occurrence.start();
        this.endAt = occurrence.end();
        this.place = activity.getPlace();
    }

    /** Cancels the session; refused when it is already cancelled. */
    public void cancel(String why) {
        if (state == SessionState.CANCELLED) {
            throw new SessionAlreadyCancelledException();
        }
        state = SessionState.CANCELLED;
        reason = why.strip();
    }

    /**
     * Moves the session to another time (and place, if given) on the given local date; the first
     * times planned are kept. Refused for a cancelled session.
     */
    public void moveTo(LocalDate newDate, Interval when, String newPlace, String why) {
        if (state == SessionState.CANCELLED) {
            throw new SessionAlreadyCancelledException();
        }
        if (originalStartAt == null) {
            originalStartAt = startAt;
            originalEndAt = endAt;
        }
        date = newDate;
        startAt = when.start();
        endAt = when.end();
        if (newPlace != null && !newPlace.isBlank()) {
            place = newPlace.strip();
        }
        state = SessionState.MOVED;
        reason = why.strip();
    }

    public boolean isCancelled() {
        return state == SessionState.CANCELLED;
    }

    public Interval interval() {
        return new Interval(startAt, endAt);
    }

    public Activity getActivity() {
        return activity;
    }

    public Long getSlotId() {
        return slotId;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public String getPlace() {
        return place;
    }

    public SessionState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOriginalStartAt() {
        return originalStartAt;
    }

    public Instant getOriginalEndAt() {
        return originalEndAt;
    }
}
