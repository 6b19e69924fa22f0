package fr.inserre.kiosk.admission;

import java.time.LocalDate;
import java.util.List;

/**
 * The retention period of these released detainees has passed: their data are about to be deleted,
 * in this transaction (synchronous event; see the package documentation). Observers delete their own
 * rows of these people first (foreign keys to the detainee would otherwise stop the purge). At most
 * {@link RetentionService#BATCH} ids per event.
 *
 * @param establishmentId their establishment
 * @param detaineeIds the people whose data go
 * @param releasedBefore the purge's cut-off: all were released before this day
 */
public record DetaineesPurging(long establishmentId, List<Long> detaineeIds, LocalDate releasedBefore) {
}
