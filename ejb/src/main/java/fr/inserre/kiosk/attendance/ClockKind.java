package fr.inserre.kiosk.attendance;

/** A tap on "Je commence" (IN) or "Je termine" (OUT). */
public enum ClockKind {
    IN,
    OUT
}
