package fr.inserre.kiosk.request;

/**
 * The figures above a queue: requests submitted and not yet taken in hand, in review, waitlisted,
 * overdue (open past their due date), waiting for the detainee's answer, and answered by the detainee
 * with no staff action since ("réponse reçue").
 */
public record QueueCounts(long submitted, long inReview, long waitlisted, long overdue, long awaitingAnswer,
        long answerReceived) {
}
