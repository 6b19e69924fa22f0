package fr.inserre.kiosk.schedule;

/**
 * Kinds of one-off appointment. For {@link #MEDICAL} only the time is kept and shown ("rendez-vous
 * médical"): never a reason, a place or a practitioner.
 */
public enum AppointmentKind {
    PROBATION,
    PARTNER,
    VISIT,
    MEDICAL,
    OTHER
}
