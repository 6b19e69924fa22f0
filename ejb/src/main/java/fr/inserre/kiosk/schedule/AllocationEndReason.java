package fr.inserre.kiosk.schedule;

/** Why an allocation ended. */
public enum AllocationEndReason {
    COMPLETED, RELEASED, TRANSFERRED, WITHDRAWN, DISMISSED, OTHER
}
