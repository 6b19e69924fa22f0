package fr.inserre.kiosk.request.commission;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.OutcomeNotForTypeException;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.TestRequests;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A commission's life: agenda, decisions recorded during the meeting, closing; nothing changes once closed. */
class CommissionTest {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

    final Commission commission = withId(new Commission(1L, MEETING, "  Mme Leroy (directrice), M. Petit (RLE) "), 5L);

    @Test
    void newCommission_isPreparing_withItsMembersTrimmed() {
        assertEquals(CommissionStatus.PREPARING, commission.getStatus());
        assertEquals("Mme Leroy (directrice), M. Petit (RLE)", commission.getMembers());
        assertFalse(commission.isClosed());
    }

    @Test
    void recordedDecision_isKept_andCanBeRecordedAgainBeforeClosing() {
        CommissionItem item = commission.add(TestRequests.job());

        item.record(ItemDecision.reject(RefusalReason.SECURITY_OPINION, null), null);
        item.record(ItemDecision.approve(MEETING.plusDays(3), null, "Bienvenue"), null);

        assertTrue(item.isRecorded());
        assertEquals(CommissionOutcome.APPROVE, item.getOutcome());
        assertNull(item.getReasonCode(), "the earlier refusal's reason is gone");
        assertEquals(MEETING.plusDays(3), item.getFromDate());
        assertEquals("Bienvenue", item.getReasonText());
    }

    @Test
    void recordingAnyWork_keepsTheActivityGiven() {
        CommissionItem item = commission.add(TestRequests.anyWork());

        item.record(ItemDecision.approve(MEETING, TestRequests.WORKSHOP.getId(), null), TestRequests.WORKSHOP);

        assertSame(TestRequests.WORKSHOP, item.getActivity());
        assertEquals(TestRequests.WORKSHOP.getId(), item.decision().activityId());
    }

    @Test
    void invalidDecision_isNotRecorded() {
        CommissionItem item = commission.add(TestRequests.job());

        assertThrows(OutcomeNotForTypeException.class, () -> item.record(ItemDecision.waitlist(), null));

        assertFalse(item.isRecorded());
    }

    @Test
    void closedCommission_refusesAnyChange_toItsAgendaOrDecisions() {
        CommissionItem item = commission.add(TestRequests.training());
        item.record(ItemDecision.waitlist(), null);

        commission.close(Instant.parse("2026-12-10T16:00:00Z"), "direction");

        assertTrue(commission.isClosed());
        assertEquals("direction", commission.getClosedBy());
        CommissionClosedException refused = assertThrows(CommissionClosedException.class,
                () -> commission.add(TestRequests.job()));
        assertEquals(MEETING, refused.getArguments().get(0));
        assertThrows(CommissionClosedException.class, () -> commission.remove(item));
        assertThrows(CommissionClosedException.class, () -> item.record(ItemDecision.defer(null), null));
        assertThrows(CommissionClosedException.class, () -> commission.close(Instant.now(), "direction"));
    }

    @Test
    void agenda_listsTrainingsThenJobs_byActivityThenReceipt() {
        Request anyWork = TestRequests.anyWork();
        Request job = TestRequests.job();
        Request training = TestRequests.training();
        Request otherTraining = TestRequests.training();
        commission.add(otherTraining);
        commission.add(job);
        commission.add(anyWork);
        commission.add(training);

        List<Request> order = commission.getItems().stream().map(CommissionItem::getRequest).toList();

        assertEquals(List.of(training, otherTraining, anyWork, job), order);
    }

    @Test
    void removedItem_leavesTheAgenda() {
        CommissionItem item = commission.add(TestRequests.job());

        commission.remove(item);

        assertTrue(commission.getItems().isEmpty());
    }
}
