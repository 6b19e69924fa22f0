package fr.inserre.kiosk.common;

import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 25, PageRequest.MAX_SIZE})
    void validation_passes_whenSizeWithinBounds(int size) {
        PageRequest page = new PageRequest(0, size, "lastName", true);

        assertEquals(Set.of(), violatedProperties(page));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PageRequest.MAX_SIZE + 1, 10_000})
    void validation_refusesSize_whenZeroNegativeOrAboveMaximum(int size) {
        PageRequest page = new PageRequest(0, size, null, true);

        assertEquals(Set.of("size"), violatedProperties(page));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void validation_refusesFirst_whenNegative(int first) {
        PageRequest page = new PageRequest(first, 25, null, false);

        assertEquals(Set.of("first"), violatedProperties(page));
    }
}
