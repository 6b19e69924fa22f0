package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;
import java.util.List;

/** The file has problems: nothing of it was written. The problems come with the refusal. */
public class RosterRejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public RosterRejectedException(int problemCount, List<ImportProblem> problems) {
        super("roster.rejected", problemCount);
        this.problems = List.copyOf(problems);
    }

    /** The first problems (as many as a preview lists). */
    public List<ImportProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }
}
