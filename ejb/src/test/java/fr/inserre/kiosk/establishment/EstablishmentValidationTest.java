package fr.inserre.kiosk.establishment;

import static fr.inserre.kiosk.common.Validators.templates;
import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstablishmentValidationTest {

    @Test
    void validation_passes_whenEstablishmentIsWellFormed() {
        Establishment establishment = new Establishment("ARR-2", "InSERRE Arras", 180);

        assertEquals(Set.of(), violatedProperties(establishment));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, Establishment.CAPACITY_MAX})
    void validation_passes_whenCapacityAtABound(int capacity) {
        Establishment establishment = new Establishment("ARR", "InSERRE Arras", capacity);

        assertEquals(Set.of(), violatedProperties(establishment));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Establishment.CAPACITY_MAX + 1})
    void validation_refusesCapacity_whenOutOfRange(int capacity) {
        Establishment establishment = new Establishment("ARR", "InSERRE Arras", capacity);

        assertEquals(Set.of("capacity"), violatedProperties(establishment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arr", "Arr", "ARR 2", "ARR_2", "ARRÉ"})
    void validation_refusesCodeWithItsOwnMessage_whenNotUppercaseLettersDigitsAndDashes(String code) {
        Establishment establishment = new Establishment(code, "InSERRE Arras", 180);

        assertEquals(Set.of("{establishment.code.pattern}"), templates(establishment, "code"));
    }

    @Test
    void validation_refusesCode_whenTooLong() {
        Establishment establishment = new Establishment("A".repeat(Establishment.CODE_MAX + 1), "InSERRE Arras", 180);

        assertEquals(Set.of("code"), violatedProperties(establishment));
    }

    @Test
    void validation_refusesName_whenBlank() {
        Establishment establishment = new Establishment("ARR", "  ", 180);

        assertEquals(Set.of("name"), violatedProperties(establishment));
    }

    @Test
    void validation_refusesName_whenTooLong() {
        Establishment establishment = new Establishment("ARR", "N".repeat(Establishment.NAME_MAX + 1), 180);

        assertEquals(Set.of("name"), violatedProperties(establishment));
    }

    @Test
    void validation_refusesNewCapacity_whenDescribedWithZeroPlaces() {
        Establishment establishment = new Establishment("ARR", "InSERRE Arras", 180);

        establishment.describe("InSERRE Arras-Nord", 0);

        assertEquals(Set.of("capacity"), violatedProperties(establishment));
    }
}
