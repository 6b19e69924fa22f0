package fr.inserre.kiosk.citizen.release;

/** Where a detainee stands on one item of their release checklist. */
public enum ChecklistStatus {
    TO_DO,
    IN_PROGRESS,
    DONE,
    /** Does not concern this person (they have a passport already, a home to go back to...). */
    NOT_APPLICABLE;

    /** Nothing more to do about it: done, or not needed. */
    public boolean isSettled() {
        return this == DONE || this == NOT_APPLICABLE;
    }
}
