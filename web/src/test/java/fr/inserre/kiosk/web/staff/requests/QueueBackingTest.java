package fr.inserre.kiosk.web.staff.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.RequestFilter;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import org.junit.jupiter.api.Test;

/** The queue's filter bar, as the desk receives it. */
class QueueBackingTest {

    @Test
    void defaultQueue_isEverythingInProgress() {
        RequestFilter filter = new QueueBacking().filter();

        assertEquals(RequestFilter.IN_PROGRESS, filter);
    }

    @Test
    void allStatuses_filtersNoStatus_andOneStatus_filtersExactlyIt() {
        QueueBacking queue = new QueueBacking();
        queue.setStatus(QueueBacking.ALL);
        assertNull(queue.filter().status());
        assertFalse(queue.filter().inProgressOnly());

        queue.setStatus("REJECTED");
        assertEquals(RequestStatus.REJECTED, queue.filter().status());
        assertFalse(queue.filter().inProgressOnly());
    }

    @Test
    void aStatusThatDoesNotExist_fallsBackToInProgress() {
        QueueBacking queue = new QueueBacking();
        queue.setStatus("DELETED");

        assertNull(queue.filter().status());
        assertTrue(queue.filter().inProgressOnly());
    }

    @Test
    void textFilters_areStripped_andBlankOnesDoNotFilter() {
        QueueBacking queue = new QueueBacking();
        queue.setTeam(Team.TRAINING);
        queue.setType(RequestType.TRAINING_ENROLMENT);
        queue.setOverdueOnly(true);
        queue.setDetainee("  Dupont ");
        queue.setReceipt("   ");

        RequestFilter filter = queue.filter();

        assertEquals(new RequestFilter(Team.TRAINING, RequestType.TRAINING_ENROLMENT, null, true, true, "Dupont", null,
                null), filter);
    }

    @Test
    void answerReceivedOnly_isPassedToTheDesk() {
        QueueBacking queue = new QueueBacking();
        assertTrue(!queue.filter().answerReceivedOnly(), "off by default");

        queue.setAnswerReceivedOnly(true);

        assertTrue(queue.filter().answerReceivedOnly());
        assertTrue(queue.filter().inProgressOnly());
    }
}
