package fr.inserre.kiosk.hours;

import java.io.Serializable;
import java.util.Map;

/**
 * A period of "Mes heures" with its sessions, and the lines I dispute already.
 *
 * @param disputed receipt number of the open dispute, by attendance id
 */
public record PeriodHours(HoursTotals totals, Map<Long, String> disputed) implements Serializable {

    /** The receipt of the open dispute of a line, or null. */
    public String disputeOf(long attendanceId) {
        return disputed.get(attendanceId);
    }
}
