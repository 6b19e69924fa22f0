package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.schedule.Activity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One request on a commission's agenda, with the decision recorded for it during the meeting. The
 * decision is only a record until the commission closes; it can be recorded again until then.
 */
@Entity
@Table(name = "commission_item")
public class CommissionItem extends AuditedEntity {

    /** The order of an agenda: trainings, then jobs ("any work" first), each by activity, then by receipt. */
    public static final Comparator<CommissionItem> AGENDA_ORDER = Comparator
            .comparing((CommissionItem i) -> i.getRequest().getType())
            .thenComparing(i -> i.getRequest().getActivity() == null ? "" : i.getRequest().getActivity().getTitle())
            .thenComparing(i -> i.getRequest().getId());

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false, updatable = false)
    private Commission commission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private Request request;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private CommissionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason_code", length = 32)
    private RefusalReason reasonCode;

    @Column(name = "reason_text", length = Request.TEXT_MAX)
    private String reasonText;

    /** The work activity given to a detainee who asked for any work. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "from_date")
    private LocalDate fromDate;

    protected CommissionItem() {
        // for JPA
    }

    CommissionItem(Commission commission, Request request) {
        this.commission = commission;
        this.request = request;
    }

    /**
     * Records (or records again) the decision, checked against the request and the meeting's date;
     * {@code chosen} is the work activity named by an approval of "any work" (null otherwise).
     */
    void record(ItemDecision decision, Activity chosen) {
        commission.requirePreparing();
        ItemDecision checked = decision.checkedFor(request.getType(), request.isAnyWork(), commission.getMeetingDate());
        outcome = checked.outcome();
        reasonCode = checked.reason();
        reasonText = checked.text();
        activity = checked.activityId() == null ? null : chosen;
        fromDate = checked.fromDate();
    }

    /** Whether a decision was recorded for this request. */
    public boolean isRecorded() {
        return outcome != null;
    }

    /** The recorded decision (its outcome is null when none was recorded). */
    public ItemDecision decision() {
        return new ItemDecision(outcome, reasonCode, reasonText, activity == null ? null : activity.getId(), fromDate);
    }

    public Commission getCommission() {
        return commission;
    }

    public Request getRequest() {
        return request;
    }

    public CommissionOutcome getOutcome() {
        return outcome;
    }

    public RefusalReason getReasonCode() {
        return reasonCode;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Activity getActivity() {
        return activity;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }
}
