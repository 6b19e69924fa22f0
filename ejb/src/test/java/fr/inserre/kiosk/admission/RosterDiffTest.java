package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a roster changes compared with the records, and the problems only the records reveal. */
class RosterDiffTest {

    static final LocalDate ENTRY = LocalDate.of(2025, 6, 2);
    static final Set<String> CELLS = Set.of("A-001", "A-002", "A-003", "A-004");

    private final Map<String, KnownDetainee> known = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> closed = new HashSet<>();
    private int nextId = 1;

    private void recorded(String number, boolean present, String cell) {
        known.put(number, new KnownDetainee(nextId++, number, present, present ? cell : null, ENTRY, null));
    }

    private static RosterRow present(int line, String number, String cell) {
        return present(line, number, cell, null);
    }

    private static RosterRow present(int line, String number, String cell, LocalDate expected) {
        return new RosterRow(line, number, "NOM", "Prénom", LocalDate.of(1990, 1, 1), cell, ENTRY, expected,
                RosterStatus.PRESENT, null);
    }

    private static RosterRow gone(int line, String number, RosterStatus status, LocalDate on) {
        return new RosterRow(line, number, "NOM", "Prénom", LocalDate.of(1990, 1, 1), null, ENTRY, null, status, on);
    }

    private RosterPlan diff(RosterRow... rows) {
        return RosterDiff.compute(List.of(rows), known, CELLS, closed, problems::add);
    }

    @Test
    void newNumbers_areAdmissions_otherCellsMoves_exitsReleases_andTheRestUnchanged() {
        recorded("A1", true, "A-001");
        recorded("A2", true, "A-002");
        recorded("A3", true, "A-003");
        recorded("OLD", false, null);

        RosterPlan plan = diff(present(2, "A1", "A-001"), present(3, "A2", "A-004"),
                gone(4, "A3", RosterStatus.TRANSFERRED, ENTRY.plusDays(30)), present(5, "NEW", "A-003"),
                gone(6, "OLD", RosterStatus.RELEASED, ENTRY.plusDays(3)),
                gone(7, "NEVER", RosterStatus.RELEASED, ENTRY.plusDays(3)));

        assertEquals(List.of(), problems);
        assertEquals(List.of("NEW"), plan.admissions().stream().map(RosterRow::prisonNumber).toList());
        assertEquals(List.of("A2"), plan.moves().stream().map(c -> c.known().prisonNumber()).toList());
        assertEquals(List.of("A3"), plan.releases().stream().map(c -> c.known().prisonNumber()).toList());
        assertEquals(2, plan.unchanged(), "A1 in the same cell, OLD already released");
        assertEquals(1, plan.ignored(), "released before ever being recorded here: nothing to keep");
        assertEquals(3, plan.size());
    }

    @Test
    void aClosedCell_refusesNewcomersAndMoves_withItsLineAndColumn() {
        recorded("A1", true, "A-001");
        closed.add("A-004");

        RosterPlan plan = diff(present(2, "A1", "A-004"), present(3, "NEW", "A-004"));

        assertEquals(List.of(new ImportProblem(2, RosterColumn.CELL, ImportProblemKind.CLOSED_CELL, "A-004", null),
                new ImportProblem(3, RosterColumn.CELL, ImportProblemKind.CLOSED_CELL, "A-004", null)), problems);
        assertEquals(0, plan.size());
    }

    @Test
    void theCellFreedByARelease_isTakenInTheSameImport() {
        recorded("A1", true, "A-001");

        RosterPlan plan = diff(gone(2, "A1", RosterStatus.RELEASED, ENTRY.plusDays(1)), present(3, "NEW", "A-001"));

        assertEquals(List.of(), problems);
        assertEquals(1, plan.admissions().size());
        assertEquals(1, plan.releases().size());
    }

    @Test
    void twoPeopleSwappingCells_isAllowed() {
        recorded("A1", true, "A-001");
        recorded("A2", true, "A-002");

        RosterPlan plan = diff(present(2, "A1", "A-002"), present(3, "A2", "A-001"));

        assertEquals(List.of(), problems);
        assertEquals(2, plan.moves().size());
    }

    @Test
    void aCellTakenBySomeoneNotInTheFile_orTwiceInTheFile_isAProblemOnTheLine() {
        recorded("STAYS", true, "A-001");

        diff(present(2, "NEW", "A-001"), present(3, "X", "A-002"), present(4, "Y", "A-002"));

        assertEquals(2, problems.size(), problems::toString);
        assertEquals(new ImportProblem(2, RosterColumn.CELL, ImportProblemKind.CELL_TAKEN, "A-001", "STAYS"),
                problems.get(0));
        assertEquals(new ImportProblem(4, RosterColumn.CELL, ImportProblemKind.CELL_TAKEN, "A-002", "X"),
                problems.get(1));
    }

    @Test
    void unknownCell_isAProblemOnTheCellColumn() {
        diff(present(2, "NEW", "Z-999"));

        assertEquals(List.of(new ImportProblem(2, RosterColumn.CELL, ImportProblemKind.UNKNOWN_CELL, "Z-999", null)),
                problems);
    }

    @Test
    void aReleasedRecordSaidPresent_isAProblem_becauseReleasedRecordsAreReadOnly() {
        recorded("OLD", false, null);

        diff(present(2, "OLD", "A-001"));

        assertEquals(ImportProblemKind.ALREADY_RELEASED, problems.get(0).kind());
        assertEquals(RosterColumn.STATUS, problems.get(0).column());
    }

    @Test
    void anExitBeforeTheRecordedEntry_isAProblemOnTheExitColumn() {
        recorded("A1", true, "A-001");

        diff(gone(2, "A1", RosterStatus.RELEASED, ENTRY.minusDays(1)));

        assertEquals(ImportProblemKind.RELEASE_BEFORE_ENTRY, problems.get(0).kind());
        assertEquals(RosterColumn.EXIT_DATE, problems.get(0).column());
    }

    @Test
    void aNewExpectedReleaseDate_isAnUpdate_evenWithAMove() {
        recorded("A1", true, "A-001");
        recorded("A2", true, "A-002");

        RosterPlan plan = diff(present(2, "A1", "A-001", ENTRY.plusYears(1)), present(3, "A2", "A-003", ENTRY.plusYears(2)));

        assertEquals(2, plan.updates().size());
        assertEquals(1, plan.moves().size());
        assertEquals(0, plan.unchanged());
    }

    @Test
    void presentPeopleMissingFromTheFile_areCounted_butNotReleased() {
        recorded("A1", true, "A-001");
        recorded("A2", true, "A-002");

        RosterPlan plan = diff(present(2, "A1", "A-001"));

        assertEquals(1, plan.absent());
        assertEquals(0, plan.releases().size());
    }

    @Test
    void theSameFileAgain_afterItsChangesWereWritten_changesNothing() {
        recorded("A1", true, "A-001");
        recorded("A2", true, "A-002");
        RosterRow[] rows = {present(2, "A1", "A-003"), gone(3, "A2", RosterStatus.RELEASED, ENTRY.plusDays(9)),
            present(4, "NEW", "A-002", ENTRY.plusYears(1))};
        RosterPlan first = diff(rows);
        // What writing the plan leaves in the records:
        known.put("A1", new KnownDetainee(1, "A1", true, "A-003", ENTRY, null));
        known.put("A2", new KnownDetainee(2, "A2", false, null, ENTRY, null));
        known.put("NEW", new KnownDetainee(3, "NEW", true, "A-002", ENTRY, ENTRY.plusYears(1)));

        RosterPlan second = diff(rows);

        assertEquals(3, first.size());
        assertEquals(List.of(), problems);
        assertEquals(0, second.size());
        assertEquals(3, second.unchanged());
    }

    @Test
    void unknownCellFile_fromTheCorpus_isReportedAtItsLineInTheCellColumn_andTheOtherLineStillPlanned()
            throws IOException {
        RosterParserTest.Found found = RosterParserTest.corpus("unknown-cell.csv");
        assertEquals(List.of(), found.problems(), "the file itself is well formed: only the records know the cells");

        RosterPlan plan = RosterDiff.compute(found.rows(), known, CELLS, Set.of(), problems::add);

        assertEquals(1, problems.size(), problems::toString);
        ImportProblem problem = problems.get(0);
        RosterParserTest.assertProblem(problem, 3, RosterColumn.CELL, ImportProblemKind.UNKNOWN_CELL);
        assertEquals("Z-999", problem.value());
        assertEquals(List.of("26A0001"), plan.admissions().stream().map(RosterRow::prisonNumber).toList());
    }
}
