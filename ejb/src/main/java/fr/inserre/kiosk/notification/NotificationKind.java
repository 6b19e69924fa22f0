package fr.inserre.kiosk.notification;

/**
 * What a notification tells the detainee. Each kind is worded on the kiosk from its subject, its
 * time and its detail (bundle key {@code notification.<KIND>}).
 */
public enum NotificationKind {
    /** A session of one of my activities is cancelled: subject = activity, at = session start, detail = reason. */
    SESSION_CANCELLED,
    /** A session is moved: subject = activity, at = new start, detail = reason. */
    SESSION_MOVED,
    /** I am allocated to an activity: subject = activity, at = first day. */
    ALLOCATED,
    /** My allocation ends: subject = activity, at = last day. */
    ALLOCATION_ENDED,
    /** An appointment is booked for me: subject = kind of appointment, at = start. */
    APPOINTMENT_BOOKED,
    /** An appointment is cancelled: subject = kind of appointment, at = start, detail = reason. */
    APPOINTMENT_CANCELLED,
    /*
     * My requests: subject = receipt number, at = the event's time, detail = what the request is
     * about (the activity's title) when it names one.
     */
    /** My request is registered. */
    REQUEST_SUBMITTED,
    /** Staff took my request in hand. */
    REQUEST_ACKNOWLEDGED,
    /** Staff ask me a question about my request. */
    REQUEST_QUESTION,
    /** My request went to another service. */
    REQUEST_FORWARDED,
    /** My request is accepted. */
    REQUEST_APPROVED,
    /** My request is refused (the reason is in "Mes demandes"). */
    REQUEST_REJECTED,
    /** I am on the waiting list. */
    REQUEST_WAITLISTED,
    /** My written request has its answer. */
    REQUEST_ANSWERED,
    /** My request is cancelled. */
    REQUEST_CANCELLED,
    /** My request is late: the direction is told. */
    REQUEST_ESCALATED
}
