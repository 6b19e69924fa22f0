package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.citizen.PartnerKind;
import java.time.Instant;

/**
 * One of my partner appointments to come, as the kiosk shows it: with whom, when, where, and until when I
 * may cancel it myself.
 */
public record MyPartnerAppointment(long slotId, long appointmentId, String partnerName, PartnerKind kind,
        Instant start, Instant end, String place, Instant cancellableUntil, boolean cancellable) {
}
