package fr.inserre.kiosk.schedule;

/**
 * Status of a detainee's allocation to an activity. A suspended allocation keeps its place (it
 * counts towards capacity) but the detainee is not expected at sessions meanwhile.
 */
public enum AllocationStatus {
    ACTIVE,
    SUSPENDED_PAID,
    SUSPENDED_UNPAID,
    ENDED;

    public boolean isSuspended() {
        return this == SUSPENDED_PAID || this == SUSPENDED_UNPAID;
    }
}
