package fr.inserre.kiosk.identity;

import static fr.inserre.kiosk.common.Persisted.withId;
import static fr.inserre.kiosk.common.Validators.templates;
import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.establishment.Establishment;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffMemberValidationTest {

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    private StaffMember member(String login, String firstName, String lastName) {
        return new StaffMember(arras, login, firstName, lastName, Set.of(StaffRole.SUPERVISOR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"surveillant", "chef.atelier", "j-dupont_2", "  P.Delcroix  "})
    void validation_passes_whenLoginIsWellFormed(String login) {
        StaffMember member = member(login, "Patrick", "Delcroix");

        assertEquals(Set.of(), violatedProperties(member));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p delcroix", "p@delcroix", "hélène"})
    void validation_refusesLoginWithItsOwnMessage_whenOtherCharacters(String login) {
        StaffMember member = member(login, "Patrick", "Delcroix");

        assertEquals(Set.of("{staff.login.pattern}"), templates(member, "login"));
    }

    @Test
    void validation_refusesLogin_whenTooLong() {
        StaffMember member = member("p".repeat(StaffMember.LOGIN_MAX + 1), "Patrick", "Delcroix");

        assertEquals(Set.of("login"), violatedProperties(member));
    }

    @Test
    void validation_refusesLogin_whenBlank() {
        StaffMember member = member("   ", "Patrick", "Delcroix");

        assertEquals(Set.of("login"), violatedProperties(member));
    }

    @Test
    void validation_refusesNames_whenBlank() {
        StaffMember member = member("pdelcroix", " ", null);

        assertEquals(Set.of("firstName", "lastName"), violatedProperties(member));
    }

    @Test
    void validation_refusesFirstName_whenTooLong() {
        StaffMember member = member("pdelcroix", "P".repeat(StaffMember.NAME_MAX + 1), "Delcroix");

        assertEquals(Set.of("firstName"), violatedProperties(member));
    }

    @Test
    void validation_refusesEstablishment_whenMissing() {
        StaffMember member = new StaffMember(null, "pdelcroix", "Patrick", "Delcroix", Set.of(StaffRole.SUPERVISOR));

        assertEquals(Set.of("establishment"), violatedProperties(member));
    }
}
