package fr.inserre.kiosk.admission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares the valid lines of a roster with what is recorded, and finds what only the database can
 * tell: unknown or closed cells, a cell that would hold two people after the import, a released record the file
 * says present. Pure computation: the service reads the database before and writes the plan after.
 */
public final class RosterDiff {

    private RosterDiff() {
    }

    /**
     * @param rows the file's valid lines (prison numbers unique)
     * @param known what is recorded, by prison number
     * @param cells the labels of the establishment's cells
     * @param closed the labels of those out of service
     * @param problems where problems go
     */
    public static RosterPlan compute(List<RosterRow> rows, Map<String, KnownDetainee> known, Set<String> cells,
            Set<String> closed, Consumer<ImportProblem> problems) {
        RosterPlan plan = new RosterPlan();
        // Who is in each cell now; then free the cells of those who leave or whose line says where they are.
        Map<String, String> occupant = new HashMap<>();
        known.values().stream().filter(k -> k.present() && k.cellLabel() != null)
                .forEach(k -> occupant.put(k.cellLabel(), k.prisonNumber()));
        Set<String> inFile = new HashSet<>();
        for (RosterRow row : rows) {
            inFile.add(row.prisonNumber());
            KnownDetainee recorded = known.get(row.prisonNumber());
            if (recorded != null && recorded.present() && recorded.cellLabel() != null) {
                occupant.remove(recorded.cellLabel(), recorded.prisonNumber());
            }
        }
        for (RosterRow row : rows) {
            KnownDetainee recorded = known.get(row.prisonNumber());
            if (row.status() == RosterStatus.PRESENT) {
                if (recorded != null && !recorded.present()) {
                    problems.accept(new ImportProblem(row.line(), RosterColumn.STATUS, ImportProblemKind.ALREADY_RELEASED,
                            row.prisonNumber(), null));
                    continue;
                }
                if (!cells.contains(row.cell())) {
                    problems.accept(new ImportProblem(row.line(), RosterColumn.CELL, ImportProblemKind.UNKNOWN_CELL,
                            row.cell(), null));
                    continue;
                }
                if (closed.contains(row.cell()) && (recorded == null || !row.cell().equals(recorded.cellLabel()))) {
                    problems.accept(new ImportProblem(row.line(), RosterColumn.CELL, ImportProblemKind.CLOSED_CELL,
                            row.cell(), null));
                    continue;
                }
                String other = occupant.putIfAbsent(row.cell(), row.prisonNumber());
                if (other != null) {
                    problems.accept(new ImportProblem(row.line(), RosterColumn.CELL, ImportProblemKind.CELL_TAKEN,
                            row.cell(), other));
                    continue;
                }
                if (recorded == null) {
                    plan.admissions.add(row);
                    continue;
                }
                boolean moves = !row.cell().equals(recorded.cellLabel());
                boolean newDate = !Objects.equals(row.expectedReleaseDate(), recorded.expectedReleaseDate());
                if (newDate && row.expectedReleaseDate() != null
                        && row.expectedReleaseDate().isBefore(recorded.entryDate())) {
                    occupant.remove(row.cell(), row.prisonNumber());
                    problems.accept(new ImportProblem(row.line(), RosterColumn.EXPECTED_RELEASE_DATE,
                            ImportProblemKind.RELEASE_BEFORE_ENTRY, row.expectedReleaseDate().format(RosterParser.DATE),
                            recorded.entryDate().format(RosterParser.DATE)));
                    continue;
                }
                if (moves) {
                    plan.moves.add(new RosterPlan.Change(row, recorded));
                }
                if (newDate) {
                    plan.updates.add(new RosterPlan.Change(row, recorded));
                }
                if (!moves && !newDate) {
                    plan.unchanged++;
                }
            } else if (recorded == null) {
                plan.ignored++;
            } else if (!recorded.present()) {
                plan.unchanged++;
            } else if (row.exitDate().isBefore(recorded.entryDate())) {
                problems.accept(new ImportProblem(row.line(), RosterColumn.EXIT_DATE,
                        ImportProblemKind.RELEASE_BEFORE_ENTRY, row.exitDate().format(RosterParser.DATE),
                        recorded.entryDate().format(RosterParser.DATE)));
            } else {
                plan.releases.add(new RosterPlan.Change(row, recorded));
            }
        }
        plan.absent = (int) known.values().stream().filter(k -> k.present() && !inFile.contains(k.prisonNumber()))
                .count();
        return plan;
    }
}
