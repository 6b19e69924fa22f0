package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The status machine, every pair of statuses: the legal moves and nothing else. */
class RequestStatusTest {

    static final Set<String> LEGAL = Set.of("SUBMITTED>IN_REVIEW", "SUBMITTED>CANCELLED", "IN_REVIEW>APPROVED",
            "IN_REVIEW>REJECTED", "IN_REVIEW>WAITLISTED", "IN_REVIEW>ANSWERED", "IN_REVIEW>CANCELLED",
            "WAITLISTED>APPROVED", "WAITLISTED>REJECTED", "WAITLISTED>CANCELLED");

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(RequestStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(RequestStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void move_isAllowed_onlyAlongTheStatusMachine(RequestStatus from, RequestStatus to) {
        assertEquals(LEGAL.contains(from + ">" + to), from.canMoveTo(to));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"APPROVED", "REJECTED", "ANSWERED", "CANCELLED"})
    void finalStatus_leadsNowhere_andIsNeitherOpenNorCancellable(RequestStatus status) {
        assertTrue(status.isFinal());
        assertTrue(status.successors().isEmpty());
        assertFalse(status.isOpen());
        assertFalse(status.isCancellable());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"SUBMITTED", "IN_REVIEW", "WAITLISTED"})
    void statusInProgress_canBeCancelledByTheDetainee(RequestStatus status) {
        assertTrue(status.isCancellable());
        assertTrue(status.canMoveTo(RequestStatus.CANCELLED));
        assertFalse(status.isFinal());
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void onlySubmittedAndInReview_areOpen_forDueDatesAndQueues(RequestStatus status) {
        assertEquals(status == RequestStatus.SUBMITTED || status == RequestStatus.IN_REVIEW, status.isOpen());
    }
}
