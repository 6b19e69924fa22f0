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
    APPOINTMENT_CANCELLED
}
