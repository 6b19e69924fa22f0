package fr.inserre.kiosk.hours;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.pay.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A period of "Mes heures": the hours worked and trained (minutes, closed presences only), how many of
 * them are still waiting for the supervisor's validation, the estimated pay (validated and pending hours,
 * at the rates in force on each day; unpaid activities count hours with no pay), and the lines, in date
 * order, each a session of the period.
 *
 * @param pay estimated gross pay of all the period's hours
 * @param validatedPay the part of it from validated weeks
 */
public record HoursTotals(HoursPeriod period, LocalDate from, LocalDate to, int workMinutes, int trainingMinutes,
        int otherMinutes, int validatedMinutes, int pendingMinutes, Money pay, Money validatedPay,
        List<AttendanceLine> lines) implements Serializable {

    public int totalMinutes() {
        return workMinutes + trainingMinutes + otherMinutes;
    }

    /**
     * Whether some lines of the period wait for validation (the kiosk says so with a word and an icon), even
     * with no minutes yet (a presence just recorded, an absence not yet reviewed).
     */
    public boolean hasPending() {
        return lines.stream().anyMatch(line -> !line.validated());
    }

    /** The pay still to be confirmed by a validation: estimated, may change. */
    public Money pendingPay() {
        return Money.ofCents(pay.cents() - validatedPay.cents());
    }

    /** The lines, latest first (what a detainee looks for). */
    public List<AttendanceLine> latestFirst() {
        List<AttendanceLine> latest = new java.util.ArrayList<>(lines);
        java.util.Collections.reverse(latest);
        return latest;
    }
}
