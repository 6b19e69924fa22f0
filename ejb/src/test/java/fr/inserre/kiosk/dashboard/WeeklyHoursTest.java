package fr.inserre.kiosk.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    private static IdleDetainee person(long id, String name) {
        return new IdleDetainee(id, "N" + id, "Prénom", name, "A-00" + id, LocalDate.of(2026, 1, 5));
    }

    @Test
    void distribution_countsDetaineeWeeksPerBucket_andListsThoseBelowTarget_lowestFirst() {
        WeeklyHours hours = WeeklyHours.of(LocalDate.of(2026, 11, 2), 3, 600,
                List.of(person(1, "Aubert"), person(2, "Blanc"), person(3, "Colin"), person(4, "Durand")),
                Map.of(1L, List.of(0, 0, 0), 2L, List.of(240, 600, 1200), 3L, List.of(1800, 1800, 2400),
                        4L, List.of()));

        assertEquals(List.of(3L, 1L, 0L, 1L, 1L, 3L), hours.buckets(), "0 | <5 h | 5-10 | 10-20 | 20-30 | ≥30");
        assertEquals(9, hours.detaineeWeeks(), "Durand has no complete week since entry: not counted");
        assertEquals(600, hours.medianMinutes(), "0 0 0 240 600 1200 1800 1800 2400: 5th value");
        assertEquals(2400, hours.p90Minutes());
        assertEquals(1, hours.belowTarget().size(), "Blanc averages 680 min: above 10 h");
        WeeklyHours.BelowTarget aubert = hours.belowTarget().get(0);
        assertEquals("Aubert", aubert.lastName());
        assertEquals(0, aubert.averageMinutes());
        assertEquals(3, aubert.zeroWeeks());
    }

    @Test
    void buckets_haveExclusiveUpperBounds() {
        assertEquals(0, WeeklyHours.bucket(0));
        assertEquals(1, WeeklyHours.bucket(299));
        assertEquals(2, WeeklyHours.bucket(300));
        assertEquals(3, WeeklyHours.bucket(600));
        assertEquals(5, WeeklyHours.bucket(1800));
    }
}
