package fr.inserre.kiosk.attendance;

/** A workshop terminal that can be given activities to clock for (not revoked). */
public record PickableTerminal(long id, String code, String location) {
}
