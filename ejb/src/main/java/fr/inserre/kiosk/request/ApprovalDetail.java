package fr.inserre.kiosk.request;

/** What an approval must say to take effect (see {@link ApprovalDetailsRequiredException}). */
public enum ApprovalDetail {
    /** The first day of the allocation (training, job). */
    FROM_DATE,
    /** Which work activity, when the detainee asked for any work. */
    ACTIVITY,
    /** The appointment's day and times. */
    APPOINTMENT_TIME
}
