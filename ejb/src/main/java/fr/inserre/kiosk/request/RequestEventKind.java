package fr.inserre.kiosk.request;

/** What happened to a request; every event is kept, with who and when. */
public enum RequestEventKind {
    SUBMITTED,
    ACKNOWLEDGED,
    /** Staff asked the detainee a question (visible to the detainee). */
    QUESTION,
    /** A staff-only note: never shown to the detainee. */
    NOTE,
    /** The detainee answered a question. */
    ANSWER,
    FORWARDED,
    ADDED_TO_COMMISSION,
    REMOVED_FROM_COMMISSION,
    APPROVED,
    REJECTED,
    WAITLISTED,
    ANSWERED,
    CANCELLED,
    ESCALATED
}
