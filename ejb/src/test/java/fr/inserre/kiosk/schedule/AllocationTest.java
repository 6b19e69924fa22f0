package fr.inserre.kiosk.schedule;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.Detainee;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static final LocalDate FROM = LocalDate.of(2026, 12, 7);
    final Activity workshop = new Activity(ActivityTest.ARRAS, ActivityTest.work(WorkType.WORKSHOP, true,
            PayClass.PRODUCTION), null);
    final Detainee julien = withId(new Detainee(ActivityTest.ARRAS, "25A0001", "Julien", "Dupont",
            LocalDate.of(2026, 1, 5), null), 3L);

    Allocation open() {
        return new Allocation(julien, workshop, FROM, null, null);
    }

    @Test
    void end_setsTheLastDayAndReason_andTheAllocationNoLongerCoversLaterDays() {
        Allocation allocation = open();

        allocation.end(FROM.plusDays(10), AllocationEndReason.COMPLETED, "  formation terminée ");

        assertEquals(AllocationStatus.ENDED, allocation.getStatus());
        assertEquals("formation terminée", allocation.getEndComment());
        assertTrue(allocation.covers(FROM.plusDays(10)));
        assertFalse(allocation.covers(FROM.plusDays(11)));
    }

    @Test
    void end_neverExtends_aFixedTermAllocation() {
        Allocation allocation = new Allocation(julien, workshop, FROM, FROM.plusDays(5), null);

        allocation.end(FROM.plusDays(30), AllocationEndReason.RELEASED, null);

        assertEquals(FROM.plusDays(5), allocation.getUntilDate());
    }

    @Test
    void endedAllocation_cannotBeEndedSuspendedOrResumedAgain() {
        Allocation allocation = open();
        allocation.end(FROM, AllocationEndReason.WITHDRAWN, null);

        assertThrows(AllocationEndedException.class, () -> allocation.end(FROM, AllocationEndReason.OTHER, null));
        assertThrows(AllocationEndedException.class, () -> allocation.suspend(true));
        assertThrows(AllocationEndedException.class, allocation::resume);
    }

    @Test
    void endBeforeTheFirstDay_isRefused() {
        assertThrows(InvalidPeriodException.class,
                () -> open().end(FROM.minusDays(1), AllocationEndReason.OTHER, null));
        assertThrows(InvalidPeriodException.class, () -> new Allocation(julien, workshop, FROM, FROM.minusDays(1), null));
    }

    @Test
    void suspension_withOrWithoutPay_thenResume() {
        Allocation allocation = open();

        allocation.suspend(false);
        assertEquals(AllocationStatus.SUSPENDED_UNPAID, allocation.getStatus());
        allocation.suspend(true);
        assertEquals(AllocationStatus.SUSPENDED_PAID, allocation.getStatus());
        allocation.resume();
        assertEquals(AllocationStatus.ACTIVE, allocation.getStatus());
    }

    @Test
    void overlaps_isTrueWhenThePeriodsShareADay() {
        Allocation allocation = new Allocation(julien, workshop, FROM, FROM.plusDays(4), null);

        assertTrue(allocation.overlaps(FROM.plusDays(4), null));
        assertTrue(allocation.overlaps(FROM.minusDays(3), FROM));
        assertFalse(allocation.overlaps(FROM.plusDays(5), null));
        assertFalse(allocation.overlaps(FROM.minusDays(9), FROM.minusDays(1)));
    }
}
