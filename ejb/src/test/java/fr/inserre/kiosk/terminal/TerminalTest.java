package fr.inserre.kiosk.terminal;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TerminalTest {

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    @Test
    void inRoom_refused_whenKindIsCell() {
        CellTerminalWithoutCellException refusal = assertThrows(CellTerminalWithoutCellException.class,
                () -> Terminal.inRoom("BORNE-ARR-X", TerminalKind.CELL, arras, "Couloir A"));

        assertEquals("terminal.cell.missing", refusal.getMessageKey());
        assertEquals(List.of("BORNE-ARR-X"), refusal.getArguments());
    }

    @ParameterizedTest
    @EnumSource(value = TerminalKind.class, names = "CELL", mode = EnumSource.Mode.EXCLUDE)
    void inRoom_placesTerminalInTheRoom_whenKindIsNotCell(TerminalKind kind) {
        Terminal terminal = Terminal.inRoom(" borne-arr-ec-1 ", kind, arras, "  Espace citoyen, poste 1 ");

        assertEquals("BORNE-ARR-EC-1", terminal.getCode());
        assertEquals(kind, terminal.getKind());
        assertSame(arras, terminal.getEstablishment());
        assertEquals("Espace citoyen, poste 1", terminal.getLocation());
        assertNull(terminal.getCell());
    }

    @Test
    void inCell_takesCellLabelAndEstablishment_whenCellGiven() {
        Cell cell = withId(new Cell(arras, "A-001"), 10L);

        Terminal terminal = Terminal.inCell("borne-arr-a-001", cell);

        assertEquals("BORNE-ARR-A-001", terminal.getCode());
        assertEquals(TerminalKind.CELL, terminal.getKind());
        assertEquals("A-001", terminal.getLocation());
        assertSame(arras, terminal.getEstablishment());
        assertSame(cell, terminal.getCell());
    }
}
