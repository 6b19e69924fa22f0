package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.citizen.PartnerKind;
import java.util.List;

/** A partner and its free slots in the coming days, for the kiosk's big choices. */
public record PartnerOffer(long partnerId, String name, PartnerKind kind, List<FreeSlot> slots) {
}
