package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the data of a released person are purged, and how the period is configured. */
class RetentionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @AfterEach
    void clearProperty() {
        System.clearProperty(RetentionPolicy.PROPERTY);
    }

    @Test
    void releasedLongerAgoThanThePeriod_isDue_andTheLastDayOfThePeriodIsNot() {
        RetentionPolicy policy = new RetentionPolicy(365);

        assertTrue(policy.isDue(TODAY.minusDays(366), TODAY));
        assertFalse(policy.isDue(TODAY.minusDays(365), TODAY), "kept the whole period");
        assertFalse(policy.isDue(TODAY.minusDays(10), TODAY));
        assertFalse(policy.isDue(null, TODAY), "a present person is never due");
        assertEquals(TODAY.minusDays(365), policy.releasedBefore(TODAY));
    }

    @Test
    void period_isTwoYearsByDefault_andSetByTheSystemProperty() {
        assertEquals(730, RetentionPolicy.fromSystemProperties().days());

        System.setProperty(RetentionPolicy.PROPERTY, " 90 ");

        assertEquals(90, RetentionPolicy.fromSystemProperties().days());
    }

    @Test
    void aPeriodTooShort_orNotANumber_isRefused_ratherThanPurgingWithIt() {
        System.setProperty(RetentionPolicy.PROPERTY, "7");
        assertThrows(IllegalArgumentException.class, RetentionPolicy::fromSystemProperties);

        System.setProperty(RetentionPolicy.PROPERTY, "two years");
        assertThrows(IllegalArgumentException.class, RetentionPolicy::fromSystemProperties);
    }
}
