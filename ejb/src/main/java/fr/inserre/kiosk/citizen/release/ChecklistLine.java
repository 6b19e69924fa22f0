package fr.inserre.kiosk.citizen.release;

import java.time.Instant;

/**
 * One item of a detainee's checklist as both sides see it: the template item, where the person stands,
 * the CPIP's note, and the last request for help.
 *
 * @param templateItemId the item of the establishment's template (what an update names)
 * @param kind what the item is about (worded by the kiosk unless OTHER)
 * @param label the establishment's own words (null for a standard item)
 * @param status TO_DO when nothing was recorded yet
 * @param note the CPIP's note for the detainee, or null
 * @param version the version of the detainee's row, null when none exists yet (what a staff edit must have seen)
 * @param helpReceipt the receipt of the last request for help on this item, or null
 * @param helpOpen whether that request is still waiting for the SPIP
 * @param updatedAt when the status was last recorded (null: never)
 * @param updatedBy who recorded it (a staff login), or null
 */
public record ChecklistLine(long templateItemId, ReleaseItemKind kind, String label, ChecklistStatus status,
        String note, Long version, String helpReceipt, boolean helpOpen, Instant updatedAt, String updatedBy) {

    public boolean settled() {
        return status.isSettled();
    }
}
