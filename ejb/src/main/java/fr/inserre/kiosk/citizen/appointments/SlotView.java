package fr.inserre.kiosk.citizen.appointments;

import java.time.Instant;

/**
 * A partner's slot as the partner sees it: when, where, and who booked it, named by their name and prison
 * number only, nothing else of their file.
 *
 * @param detaineeName "NOM Prénom" of the person who booked, null while free
 * @param prisonNumber their prison number, null while free
 */
public record SlotView(long slotId, long version, String partnerName, Instant start, Instant end, String place,
        SlotState state, String detaineeName, String prisonNumber) {

    public boolean booked() {
        return prisonNumber != null;
    }
}
