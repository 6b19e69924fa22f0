package fr.inserre.kiosk.admission;

import java.io.Serializable;

/** What an import wrote, and how long it took (milliseconds, reading included). */
public record RosterImportResult(int lines, int admissions, int moves, int releases, int transfers, int updates,
        int unchanged, long millis) implements Serializable {

    public int changes() {
        return admissions + moves + releases + transfers + updates;
    }
}
