package fr.inserre.kiosk.admission;

import java.io.Serializable;
import java.util.List;

/**
 * The dry-run of a roster file: what it would change, or every problem that stops it (the first
 * {@link RosterImportService#PROBLEMS_SHOWN} are listed, all are counted). Nothing was written.
 *
 * @param fingerprint SHA-256 of the file, to confirm exactly this file
 */
public record RosterPreview(String fingerprint, int lines, int admissions, int moves, int releases, int transfers,
        int updates, int unchanged, int ignored, int absent, List<ImportProblem> problems, int problemCount)
        implements Serializable {

    /** Whether the file can be imported as it is. */
    public boolean acceptable() {
        return problemCount == 0;
    }
}
