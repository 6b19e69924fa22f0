package fr.inserre.kiosk.citizen.appointments;

/** A partner's slot is open (free or booked) until the partner withdraws it. */
public enum SlotState {
    OPEN, CANCELLED
}
