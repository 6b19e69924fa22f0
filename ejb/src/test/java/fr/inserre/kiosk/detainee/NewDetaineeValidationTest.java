package fr.inserre.kiosk.detainee;

import static fr.inserre.kiosk.common.Validators.templates;
import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewDetaineeValidationTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 10);

    private static NewDetainee input(String prisonNumber, String firstName, String lastName, String cellLabel,
            String language, LocalDate entryDate) {
        return new NewDetainee(prisonNumber, firstName, lastName, cellLabel, language, false, entryDate,
                entryDate == null ? null : entryDate.plusYears(1));
    }

    @Test
    void validation_passes_whenInputIsComplete() {
        NewDetainee input = input("25A0001", "Julien", "Dupont", "A-001", "fr", ENTRY);

        assertEquals(Set.of(), violatedProperties(input));
    }

    @Test
    void validation_passes_whenOptionalFieldsAreMissing() {
        NewDetainee input = input("25A0001", "Julien", "Dupont", null, null, ENTRY);

        assertEquals(Set.of(), violatedProperties(input));
    }

    @Test
    void validation_passes_whenPrisonNumberIsPaddedAndLowercase() {
        NewDetainee input = input(" 25a0001 ", "Julien", "Dupont", null, null, ENTRY);

        assertEquals(Set.of(), violatedProperties(input));
    }

    @Test
    void validation_refusesNamesAndPrisonNumber_whenBlank() {
        NewDetainee input = input(" ", "", "  ", null, null, ENTRY);

        assertEquals(Set.of("firstName", "lastName", "prisonNumber"), violatedProperties(input));
    }

    @Test
    void validation_refusesPrisonNumber_whenTooLong() {
        NewDetainee input = input("1".repeat(Detainee.PRISON_NUMBER_MAX + 1), "Julien", "Dupont", null, null, ENTRY);

        assertEquals(Set.of("prisonNumber"), violatedProperties(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25A 0001", "25A.0001", "25A%"})
    void validation_refusesPrisonNumberWithItsOwnMessage_whenBadCharacters(String prisonNumber) {
        NewDetainee input = input(prisonNumber, "Julien", "Dupont", null, null, ENTRY);

        assertEquals(Set.of("{detainee.prisonNumber.pattern}"), templates(input, "prisonNumber"));
    }

    @Test
    void validation_refusesFirstName_whenTooLong() {
        NewDetainee input = input("25A0001", "J".repeat(Detainee.NAME_MAX + 1), "Dupont", null, null, ENTRY);

        assertEquals(Set.of("firstName"), violatedProperties(input));
    }

    @Test
    void validation_refusesCellLabel_whenTooLong() {
        NewDetainee input = input("25A0001", "Julien", "Dupont", "A-".repeat(9), null, ENTRY);

        assertEquals(Set.of("cellLabel"), violatedProperties(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "french", "f", " fr"})
    void validation_refusesLanguageWithItsOwnMessage_whenNotLowercaseIsoCode(String language) {
        NewDetainee input = input("25A0001", "Julien", "Dupont", null, language, ENTRY);

        assertEquals(Set.of("{detainee.language.pattern}"), templates(input, "preferredLanguage"));
    }

    @Test
    void validation_refusesEntryDate_whenMissing() {
        NewDetainee input = input("25A0001", "Julien", "Dupont", null, null, null);

        assertEquals(Set.of("entryDate"), violatedProperties(input));
    }
}
