package fr.inserre.kiosk.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. SUBMITTED → IN_REVIEW → APPROVED / REJECTED / WAITLISTED / ANSWERED, or
 * CANCELLED by the detainee before a decision. A waitlisted request is approved when a place frees,
 * rejected if the activity closes, or cancelled by the detainee. Everything else is refused.
 */
public enum RequestStatus {
    SUBMITTED,
    IN_REVIEW,
    APPROVED,
    REJECTED,
    WAITLISTED,
    ANSWERED,
    CANCELLED;

    /** Not decided yet: in a queue, counted for the due date, cancellable by the detainee. */
    public boolean isOpen() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** Nothing more can happen to it. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == ANSWERED || this == CANCELLED;
    }

    /** Statuses a detainee may still withdraw from. */
    public boolean isCancellable() {
        return isOpen() || this == WAITLISTED;
    }

    /** Whether the status machine allows going from this status to {@code next}. */
    public boolean canMoveTo(RequestStatus next) {
        return successors().contains(next);
    }

    public Set<RequestStatus> successors() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(IN_REVIEW, CANCELLED);
            case IN_REVIEW -> EnumSet.of(APPROVED, REJECTED, WAITLISTED, ANSWERED, CANCELLED);
            case WAITLISTED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED, REJECTED, ANSWERED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
