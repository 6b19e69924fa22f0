package fr.inserre.kiosk.request.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.inserre.kiosk.request.ApprovalDetailsRequiredException;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.OutcomeNotForTypeException;
import fr.inserre.kiosk.request.ReasonNotForTypeException;
import fr.inserre.kiosk.request.ReasonTextRequiredException;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RefusalReasonRequiredException;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules a commission's decision on one request must follow before it is recorded. */
class ItemDecisionTest {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 10);
    static final RequestType TRAINING = RequestType.TRAINING_ENROLMENT;
    static final RequestType JOB = RequestType.JOB_APPLICATION;

    @Test
    void waitingList_isRefused_forAJobApplication() {
        OutcomeNotForTypeException refused = assertThrows(OutcomeNotForTypeException.class,
                () -> ItemDecision.waitlist().checkedFor(JOB, false, MEETING));

        assertEquals("request.outcome.WAITLISTED", refused.getMessageKey());
    }

    @Test
    void waitingList_isAccepted_forATraining_andBecomesTheEnginesWaitlist() {
        ItemDecision checked = ItemDecision.waitlist().checkedFor(TRAINING, false, MEETING);

        assertEquals(RequestStatus.WAITLISTED, checked.toDecision().outcome());
    }

    @Test
    void refusal_withoutReason_isRefused() {
        assertThrows(RefusalReasonRequiredException.class,
                () -> ItemDecision.reject(null, "Pas de place").checkedFor(JOB, false, MEETING));
    }

    @Test
    void refusal_withAReasonOfAnotherType_isRefused() {
        // "Already followed" is a training's reason, "security opinion" a job's.
        assertThrows(ReasonNotForTypeException.class,
                () -> ItemDecision.reject(RefusalReason.ALREADY_FOLLOWED, null).checkedFor(JOB, false, MEETING));
        assertThrows(ReasonNotForTypeException.class,
                () -> ItemDecision.reject(RefusalReason.SECURITY_OPINION, null).checkedFor(TRAINING, false, MEETING));
    }

    @Test
    void refusalForAnOtherReason_needsTheReasonWrittenOut() {
        assertThrows(ReasonTextRequiredException.class,
                () -> ItemDecision.reject(RefusalReason.OTHER, "   ").checkedFor(JOB, false, MEETING));

        ItemDecision checked = ItemDecision.reject(RefusalReason.OTHER, "  Avis médical  ").checkedFor(JOB, false, MEETING);

        assertEquals("Avis médical", checked.text());
        Decision decision = checked.toDecision();
        assertEquals(RequestStatus.REJECTED, decision.outcome());
        assertEquals(RefusalReason.OTHER, decision.reason());
        assertEquals("Avis médical", decision.text());
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"TRAINING_ENROLMENT", "JOB_APPLICATION"})
    void approval_withoutFirstDay_isRefused(RequestType type) {
        ApprovalDetailsRequiredException refused = assertThrows(ApprovalDetailsRequiredException.class,
                () -> ItemDecision.approve(null, null, null).checkedFor(type, false, MEETING));

        assertEquals("request.approval.FROM_DATE", refused.getMessageKey());
    }

    @Test
    void approval_fromADayBeforeTheMeeting_isRefused_namingTheMeeting() {
        FirstDayBeforeMeetingException refused = assertThrows(FirstDayBeforeMeetingException.class,
                () -> ItemDecision.approve(MEETING.minusDays(1), null, null).checkedFor(JOB, false, MEETING));

        assertEquals(MEETING, refused.getArguments().get(0));
    }

    @Test
    void approvalOfAnyWork_withoutActivity_isRefused() {
        ApprovalDetailsRequiredException refused = assertThrows(ApprovalDetailsRequiredException.class,
                () -> ItemDecision.approve(MEETING, null, null).checkedFor(JOB, true, MEETING));

        assertEquals("request.approval.ACTIVITY", refused.getMessageKey());
    }

    @Test
    void approvalOfAnyWork_keepsTheActivity_andTheFirstDay() {
        Decision decision = ItemDecision.approve(MEETING.plusDays(5), 42L, " Bienvenue ").checkedFor(JOB, true, MEETING)
                .toDecision();

        assertEquals(RequestStatus.APPROVED, decision.outcome());
        assertEquals(42L, decision.activityId());
        assertEquals(MEETING.plusDays(5), decision.fromDate());
        assertEquals("Bienvenue", decision.text());
    }

    @Test
    void approvalOfOneActivity_dropsAnActivityChosenByMistake() {
        ItemDecision checked = ItemDecision.approve(MEETING, 42L, null).checkedFor(TRAINING, false, MEETING);

        assertNull(checked.activityId(), "the request's own activity is the one allocated");
    }

    @Test
    void eachOutcome_keepsOnlyWhatItUses() {
        ItemDecision everything = new ItemDecision(CommissionOutcome.REJECT, RefusalReason.RELEASE_TOO_SOON, "Sortie",
                42L, MEETING);

        ItemDecision refusal = everything.checkedFor(JOB, true, MEETING);
        ItemDecision deferral = new ItemDecision(CommissionOutcome.DEFER, RefusalReason.RELEASE_TOO_SOON, "À revoir",
                42L, MEETING).checkedFor(JOB, true, MEETING);

        assertEquals(new ItemDecision(CommissionOutcome.REJECT, RefusalReason.RELEASE_TOO_SOON, "Sortie", null, null),
                refusal);
        assertEquals(ItemDecision.defer("À revoir"), deferral);
        assertNull(deferral.toDecision(), "a deferral is no decision: the request stays open");
    }

    @Test
    void decisionWithoutOutcome_isRefused() {
        assertThrows(OutcomeRequiredException.class,
                () -> new ItemDecision(null, null, null, null, null).checkedFor(JOB, false, MEETING));
    }
}
