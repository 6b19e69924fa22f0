package fr.inserre.kiosk.request.commission;

/** A commission is prepared (agenda, decisions recorded during the meeting), then closed: its decisions take effect. */
public enum CommissionStatus {
    PREPARING,
    CLOSED
}
