package fr.inserre.kiosk.citizen.release;

import java.util.List;

/** A detainee's release checklist: who, its lines in the template's order, and the progress they make. */
public record ReleaseChecklist(long detaineeId, String displayName, String prisonNumber, List<ChecklistLine> lines,
        ReleaseProgress progress) {
}
