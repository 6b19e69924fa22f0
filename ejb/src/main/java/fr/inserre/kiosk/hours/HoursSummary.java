package fr.inserre.kiosk.hours;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.pay.PayBasis;
import fr.inserre.kiosk.pay.PayCalculator;
import fr.inserre.kiosk.pay.WorkedTime;
import java.time.LocalDate;
import java.util.List;

/**
 * Adds up a period of attendance lines and prices it, without the database: minutes of work (paid or
 * not), of training (vocational training and education) and of other activities (sport, culture);
 * validated and pending minutes; the pay of each activity and rate, summed over the period then rounded
 * once ({@link PayCalculator#price}), for all the hours and for the validated ones.
 */
public final class HoursSummary {

    private HoursSummary() {
    }

    public static HoursTotals of(HoursPeriod period, LocalDate from, LocalDate to, List<AttendanceLine> all,
            PayCalculator calculator) {
        List<AttendanceLine> lines = all.stream().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to))
                .toList();
        int work = 0;
        int training = 0;
        int other = 0;
        int validated = 0;
        for (AttendanceLine line : lines) {
            if (line.work()) {
                work += line.minutes();
            } else if (line.training()) {
                training += line.minutes();
            } else {
                other += line.minutes();
            }
            if (line.validated()) {
                validated += line.minutes();
            }
        }
        List<WorkedTime<Long>> times = lines.stream().filter(l -> l.minutes() > 0).map(HoursSummary::worked).toList();
        List<WorkedTime<Long>> validatedTimes = lines.stream().filter(l -> l.minutes() > 0 && l.validated())
                .map(HoursSummary::worked).toList();
        return new HoursTotals(period, from, to, work, training, other, validated, work + training + other - validated,
                PayCalculator.total(calculator.price(times)), PayCalculator.total(calculator.price(validatedTimes)),
                lines);
    }

    /** How a line's activity is paid (unpaid activities: hours, no pay). */
    public static PayBasis basis(AttendanceLine line) {
        return PayBasis.of(line.kind(), line.paid(), line.payClass());
    }

    private static WorkedTime<Long> worked(AttendanceLine line) {
        return new WorkedTime<>(line.activityId(), basis(line), line.date(), line.minutes());
    }
}
