package fr.inserre.kiosk.citizen;

/** Whether detainees see a sheet. */
public enum SheetStatus {
    /** Being written or checked: staff only. */
    DRAFT,
    /** Shown on the kiosk. */
    PUBLISHED
}
