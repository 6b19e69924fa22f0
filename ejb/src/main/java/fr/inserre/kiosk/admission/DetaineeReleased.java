package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.detainee.ReleaseReason;
import java.time.LocalDate;

/**
 * A detainee left the establishment, released or transferred (synchronous event, in the transaction
 * of the release; see the package documentation). When it fires, the detainee is RELEASED, has no
 * cell any more and their kiosk account is locked for good; observers end the rest: allocations from
 * {@code date} with {@code reason}, pending requests cancelled with a message.
 *
 * @param detaineeId the person
 * @param establishmentId the establishment they left
 * @param date the day they left
 * @param reason released (libération) or transferred (transfert)
 */
public record DetaineeReleased(long detaineeId, long establishmentId, LocalDate date, ReleaseReason reason) {
}
