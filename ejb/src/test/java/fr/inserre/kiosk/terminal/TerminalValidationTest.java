package fr.inserre.kiosk.terminal;

import static fr.inserre.kiosk.common.Persisted.withId;
import static fr.inserre.kiosk.common.Validators.templates;
import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalValidationTest {

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    @Test
    void validation_passes_whenRoomTerminalIsWellFormed() {
        Terminal terminal = Terminal.inRoom("borne-arr-form-1", TerminalKind.WORKSHOP, arras, "Salle de formation 1");

        assertEquals(Set.of(), violatedProperties(terminal));
    }

    @Test
    void validation_passes_whenCellTerminalIsWellFormed() {
        Terminal terminal = Terminal.inCell("BORNE-ARR-A-001", withId(new Cell(arras, "A-001"), 10L));

        assertEquals(Set.of(), violatedProperties(terminal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BORNE ARR", "BORNE_ARR", "BORNE.ARR"})
    void validation_refusesCodeWithItsOwnMessage_whenOtherCharacters(String code) {
        Terminal terminal = Terminal.inRoom(code, TerminalKind.WORKSHOP, arras, "Atelier menuiserie");

        assertEquals(Set.of("{terminal.code.pattern}"), templates(terminal, "code"));
    }

    @Test
    void validation_refusesCode_whenTooLong() {
        Terminal terminal = Terminal.inRoom("B".repeat(Terminal.CODE_MAX + 1), TerminalKind.WORKSHOP, arras,
                "Atelier menuiserie");

        assertEquals(Set.of("code"), violatedProperties(terminal));
    }

    @Test
    void validation_refusesLocation_whenBlank() {
        Terminal terminal = Terminal.inRoom("BORNE-ARR-1", TerminalKind.CITIZEN_SPACE, arras, "   ");

        assertEquals(Set.of("location"), violatedProperties(terminal));
    }

    @Test
    void validation_refusesLocation_whenTooLong() {
        Terminal terminal = Terminal.inRoom("BORNE-ARR-1", TerminalKind.CITIZEN_SPACE, arras,
                "L".repeat(Terminal.LOCATION_MAX + 1));

        assertEquals(Set.of("location"), violatedProperties(terminal));
    }

    @Test
    void validation_refusesKindAndEstablishment_whenMissing() {
        Terminal terminal = Terminal.inRoom("BORNE-ARR-1", null, null, "Atelier menuiserie");

        assertEquals(Set.of("establishment", "kind"), violatedProperties(terminal));
    }
}
