package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/**
 * A cell and who is in it now (null ids and names when nobody is), and since when and why it is out of
 * service (null when in service).
 */
public record CellOccupancy(long cellId, String cellLabel, Long detaineeId, String prisonNumber, String occupant,
        LocalDate closedOn, String closedReason) {

    /** Nobody in it and in service: a cell someone can be admitted or moved into. */
    public boolean free() {
        return detaineeId == null && closedOn == null;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public boolean occupied() {
        return detaineeId != null;
    }
}
