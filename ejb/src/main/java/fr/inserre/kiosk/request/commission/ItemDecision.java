package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.request.ApprovalDetail;
import fr.inserre.kiosk.request.ApprovalDetailsRequiredException;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.OutcomeNotForTypeException;
import fr.inserre.kiosk.request.ReasonNotForTypeException;
import fr.inserre.kiosk.request.ReasonTextRequiredException;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RefusalReasonRequiredException;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the commission decided for one request, as recorded during the meeting.
 *
 * @param outcome approve, reject, waiting list (training only) or defer to a later commission
 * @param reason why it is refused (required for a refusal, one of the type's reasons)
 * @param text the refusal written out (required for "other"), or a message to the detainee, or a comment
 * @param activityId the work activity given to a detainee who asked for any work (required to approve one)
 * @param fromDate first day of the allocation (required to approve), not before the meeting
 */
public record ItemDecision(@NotNull CommissionOutcome outcome, RefusalReason reason,
        @Size(max = Request.TEXT_MAX) String text, Long activityId, LocalDate fromDate) {

    public static ItemDecision approve(LocalDate fromDate, Long activityId, String message) {
        return new ItemDecision(CommissionOutcome.APPROVE, null, message, activityId, fromDate);
    }

    public static ItemDecision reject(RefusalReason reason, String text) {
        return new ItemDecision(CommissionOutcome.REJECT, reason, text, null, null);
    }

    public static ItemDecision waitlist() {
        return new ItemDecision(CommissionOutcome.WAITLIST, null, null, null, null);
    }

    public static ItemDecision defer(String comment) {
        return new ItemDecision(CommissionOutcome.DEFER, null, comment, null, null);
    }

    /**
     * The decision checked against the request it is for, keeping only what its outcome uses: a
     * waiting list only for a training, a refusal with a reason of the type (written out for
     * "other"), an approval with its first day (not before the meeting) and, for "any work", the
     * activity. Each refusal is the one the staff desk gives for the same mistake.
     */
    public ItemDecision checkedFor(RequestType type, boolean anyWork, LocalDate meetingDate) {
        if (outcome == null) {
            throw new OutcomeRequiredException();
        }
        if (!outcome.allowedFor(type)) {
            throw new OutcomeNotForTypeException(RequestStatus.WAITLISTED);
        }
        String written = text == null || text.isBlank() ? null : text.strip();
        return switch (outcome) {
            case APPROVE -> {
                if (fromDate == null) {
                    throw new ApprovalDetailsRequiredException(ApprovalDetail.FROM_DATE);
                }
                if (fromDate.isBefore(meetingDate)) {
                    throw new FirstDayBeforeMeetingException(meetingDate);
                }
                if (anyWork && activityId == null) {
                    throw new ApprovalDetailsRequiredException(ApprovalDetail.ACTIVITY);
                }
                yield new ItemDecision(outcome, null, written, anyWork ? activityId : null, fromDate);
            }
            case REJECT -> {
                if (reason == null) {
                    throw new RefusalReasonRequiredException();
                }
                if (!reason.appliesTo(type)) {
                    throw new ReasonNotForTypeException();
                }
                if (reason.needsText() && written == null) {
                    throw new ReasonTextRequiredException();
                }
                yield new ItemDecision(outcome, reason, written, null, null);
            }
            case WAITLIST, DEFER -> new ItemDecision(outcome, null, written, null, null);
        };
    }

    /** The decision as the request engine applies it; none for a deferral (the request only leaves the agenda). */
    public Decision toDecision() {
        return switch (outcome) {
            case APPROVE -> Decision.allocateFrom(fromDate, activityId, text);
            case REJECT -> Decision.reject(reason, text);
            case WAITLIST -> Decision.waitlist();
            case DEFER -> null;
        };
    }
}
