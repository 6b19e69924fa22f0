package fr.inserre.kiosk.schedule;

/** An appointment is planned until it is cancelled (with a reason). */
public enum AppointmentState {
    PLANNED, CANCELLED
}
