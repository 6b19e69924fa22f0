package fr.inserre.kiosk.web.staff.commission;

import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.commission.CommissionItem;
import fr.inserre.kiosk.request.commission.CommissionOutcome;
import fr.inserre.kiosk.request.commission.ItemDecision;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One request of the agenda on the meeting screen: the item as recorded, and the decision being
 * typed for it (outcome, reason, words, first day, activity for "any work"), kept as typed until it
 * is recorded.
 */
public class DecisionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CommissionItem item;
    private final boolean decidable;
    private CommissionOutcome outcome;
    private RefusalReason reason;
    private String text;
    private LocalDate fromDate;
    private Long activityId;

    /** A row showing what is recorded for the item; {@code decidable}: the caller decides the request's team. */
    DecisionRow(CommissionItem item, boolean decidable) {
        this.item = item;
        this.decidable = decidable;
        ItemDecision recorded = item.decision();
        outcome = recorded.outcome();
        reason = recorded.reason();
        text = recorded.text();
        fromDate = recorded.fromDate();
        activityId = recorded.activityId();
    }

    /** The same typed decision over the item as reloaded (its new version). */
    DecisionRow over(CommissionItem reloaded) {
        DecisionRow row = new DecisionRow(reloaded, decidable);
        row.outcome = outcome;
        row.reason = reason;
        row.text = text;
        row.fromDate = fromDate;
        row.activityId = activityId;
        return row;
    }

    /**
     * The decision as typed, with only what its outcome uses (fields shown for another outcome before
     * it was changed are left out).
     */
    ItemDecision decision() {
        String written = text == null || text.isBlank() ? null : text.strip();
        if (outcome == null) {
            return new ItemDecision(null, null, written, null, null);
        }
        return switch (outcome) {
            case APPROVE -> ItemDecision.approve(fromDate, item.getRequest().isAnyWork() ? activityId : null, written);
            case REJECT -> ItemDecision.reject(reason, written);
            case WAITLIST -> new ItemDecision(outcome, null, written, null, null);
            case DEFER -> ItemDecision.defer(written);
        };
    }

    /** Whether something was typed that is not what is recorded yet. */
    boolean isChanged() {
        return outcome != null && !decision().equals(item.decision());
    }

    /** The outcomes offered for this request (the waiting list only for a training). */
    public List<CommissionOutcome> getOutcomes() {
        return Arrays.stream(CommissionOutcome.values()).filter(o -> o.allowedFor(item.getRequest().getType()))
                .toList();
    }

    public List<RefusalReason> getReasons() {
        return RefusalReason.forType(item.getRequest().getType());
    }

    public CommissionItem getItem() {
        return item;
    }

    public boolean isDecidable() {
        return decidable;
    }

    public CommissionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CommissionOutcome outcome) {
        this.outcome = outcome;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public void setReason(RefusalReason reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }
}
