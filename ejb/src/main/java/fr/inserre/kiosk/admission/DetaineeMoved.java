package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/**
 * A present detainee changed cell (synchronous event, in the transaction of the move; see the
 * package documentation).
 *
 * @param detaineeId the person
 * @param establishmentId their establishment
 * @param fromCellId the cell they left, null if they had none
 * @param toCellId the cell they are now in
 * @param date the day of the move
 */
public record DetaineeMoved(long detaineeId, long establishmentId, Long fromCellId, long toCellId, LocalDate date) {
}
