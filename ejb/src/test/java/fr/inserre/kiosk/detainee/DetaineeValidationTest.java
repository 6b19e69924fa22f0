package fr.inserre.kiosk.detainee;

import static fr.inserre.kiosk.common.Persisted.withId;
import static fr.inserre.kiosk.common.Validators.templates;
import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.establishment.Establishment;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetaineeValidationTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 10);

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    private Detainee detainee(String prisonNumber, String firstName, String lastName) {
        return new Detainee(arras, prisonNumber, firstName, lastName, ENTRY, null);
    }

    @Test
    void validation_passes_whenDetaineeIsWellFormed() {
        Detainee detainee = detainee("25A0001", "Julien", "Dupont");
        detainee.preferCommunication("ar", true);

        assertEquals(Set.of(), violatedProperties(detainee));
    }

    @Test
    void validation_passes_whenPrisonNumberHasMaximumLength() {
        Detainee detainee = detainee("A".repeat(Detainee.PRISON_NUMBER_MAX), "Julien", "Dupont");

        assertEquals(Set.of(), violatedProperties(detainee));
    }

    @Test
    void validation_refusesNames_whenBlank() {
        Detainee detainee = detainee("25A0001", "   ", "");

        assertEquals(Set.of("firstName", "lastName"), violatedProperties(detainee));
    }

    @Test
    void validation_refusesNames_whenMissing() {
        Detainee detainee = detainee("25A0001", null, null);

        assertEquals(Set.of("firstName", "lastName"), violatedProperties(detainee));
    }

    @Test
    void validation_refusesLastName_whenTooLong() {
        Detainee detainee = detainee("25A0001", "Julien", "D".repeat(Detainee.NAME_MAX + 1));

        assertEquals(Set.of("lastName"), violatedProperties(detainee));
    }

    @Test
    void validation_refusesPrisonNumber_whenTooLong() {
        Detainee detainee = detainee("A".repeat(Detainee.PRISON_NUMBER_MAX + 1), "Julien", "Dupont");

        assertEquals(Set.of("prisonNumber"), violatedProperties(detainee));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25A 0001", "25A_0001", "25A/0001", "25É0001"})
    void validation_refusesPrisonNumberWithItsOwnMessage_whenNotLettersDigitsAndDashes(String prisonNumber) {
        Detainee detainee = detainee(prisonNumber, "Julien", "Dupont");

        assertEquals(Set.of("{detainee.prisonNumber.pattern}"), templates(detainee, "prisonNumber"));
    }

    @Test
    void validation_refusesPrisonNumber_whenMissing() {
        Detainee detainee = detainee(null, "Julien", "Dupont");

        assertEquals(Set.of("prisonNumber"), violatedProperties(detainee));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "f", "fran", "f1"})
    void validation_refusesLanguageWithItsOwnMessage_whenNotLowercaseIsoCode(String language) {
        Detainee detainee = detainee("25A0001", "Julien", "Dupont");
        detainee.preferCommunication(language, false);

        assertEquals(Set.of("{detainee.language.pattern}"), templates(detainee, "preferredLanguage"));
    }
}
