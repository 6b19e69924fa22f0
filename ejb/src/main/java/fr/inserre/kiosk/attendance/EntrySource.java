package fr.inserre.kiosk.attendance;

/** How a version of an attendance was recorded. */
public enum EntrySource {
    /** The detainee tapped "Je commence" / "Je termine" at a workshop terminal. */
    BADGE,
    /** Staff took the roll-call of the session. */
    ROLL_CALL,
    /** Staff changed what was already recorded, with a reason. */
    CORRECTION
}
