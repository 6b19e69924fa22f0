package fr.inserre.kiosk.admission;

/**
 * A cell and who is in it now (null ids and names when it is free).
 */
public record CellOccupancy(long cellId, String cellLabel, Long detaineeId, String prisonNumber, String occupant) {

    public boolean free() {
        return detaineeId == null;
    }
}
