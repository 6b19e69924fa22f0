package fr.inserre.kiosk.citizen.appointments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final Instant START = Instant.parse("2026-12-08T09:00:00Z");

    @Test
    void byDefault_aBookingMayBeCancelledUntilTwentyFourHoursBefore() {
        BookingPolicy policy = BookingPolicy.defaults();

        assertEquals(24, policy.getCancelHours());
        assertEquals(START.minus(Duration.ofHours(24)), policy.cancellableUntil(START));
        assertTrue(policy.mayCancel(START.minus(Duration.ofHours(24)), START), "at the limit itself");
        assertFalse(policy.mayCancel(START.minus(Duration.ofHours(24)).plusSeconds(1), START));
    }

    @Test
    void theEstablishmentSetsItsOwnDelay_withinAWeek() {
        BookingPolicy policy = BookingPolicy.defaults();

        policy.changeCancelHours(0);
        assertTrue(policy.mayCancel(START.minusSeconds(1), START));
        assertTrue(policy.mayCancel(START, START));
        policy.changeCancelHours(48);
        assertFalse(policy.mayCancel(START.minus(Duration.ofHours(47)), START));
        assertThrows(InvalidBookingPolicyException.class, () -> policy.changeCancelHours(-1));
        assertThrows(InvalidBookingPolicyException.class, () -> policy.changeCancelHours(169));
        assertEquals(48, policy.getCancelHours());
    }
}
