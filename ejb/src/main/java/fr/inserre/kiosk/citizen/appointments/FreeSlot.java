package fr.inserre.kiosk.citizen.appointments;

import java.io.Serializable;
import java.time.Instant;

/** A slot a detainee may book: which partner, when, where. */
public record FreeSlot(long slotId, long partnerId, String partnerName, Instant start, Instant end, String place)
        implements Serializable {
}
