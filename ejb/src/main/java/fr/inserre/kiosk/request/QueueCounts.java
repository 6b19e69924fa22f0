package fr.inserre.kiosk.request;

/**
 * The figures above a queue: requests submitted and not yet taken in hand, in review, waitlisted,
 * overdue (open past their due date), and waiting for the detainee's answer.
 */
public record QueueCounts(long submitted, long inReview, long waitlisted, long overdue, long awaitingAnswer) {
}
