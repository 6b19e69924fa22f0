package fr.inserre.kiosk.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: always a measured value, computed by hand below. */
class PercentilesTest {

    static List<Duration> days(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofDays).toList();
    }

    @Test
    void median_ofAnOddCount_isTheMiddleValue_whateverTheOrder() {
        assertEquals(Duration.ofDays(3), Percentiles.median(days(5, 1, 3, 9, 2)));
    }

    @Test
    void median_ofAnEvenCount_isTheLowerMiddleValue_neverAnAverage() {
        assertEquals(Duration.ofDays(2), Percentiles.median(days(1, 2, 3, 4)));
    }

    @Test
    void p90_ofTenValues_isTheNinth_andOfElevenTheTenth() {
        assertEquals(Duration.ofDays(9), Percentiles.of(days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90));
        assertEquals(Duration.ofDays(10), Percentiles.of(days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90));
    }

    @Test
    void oneValue_isEveryPercentile_andNoValue_isNone() {
        assertEquals(Duration.ofHours(5), Percentiles.of(List.of(Duration.ofHours(5)), 1));
        assertEquals(Duration.ofHours(5), Percentiles.of(List.of(Duration.ofHours(5)), 100));
        assertNull(Percentiles.median(List.of()));
    }

    @Test
    void percentileOutsideOneToHundred_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(days(1), 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(days(1), 101));
    }
}
