package fr.inserre.kiosk.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AbsenceReason;
import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.LineStatus;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.pay.PayCalculator;
import fr.inserre.kiosk.pay.Rates;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursSummaryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final PayCalculator calculator = new PayCalculator(Rates.seeded().table());
    private long ids;

    private AttendanceLine line(LocalDate day, long activity, ActivityKind kind, PayClass payClass, boolean paid,
            int minutes, LineStatus status) {
        Instant start = day.atTime(8, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant();
        return new AttendanceLine(++ids, 1L, ids, day, start, start.plusSeconds(4 * 3600), activity, "A" + activity,
                kind, kind == ActivityKind.WORK ? WorkType.WORKSHOP : null, payClass, paid,
                minutes > 0 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, minutes > 0 ? start : null,
                minutes > 0 ? start.plusSeconds(minutes * 60L) : null, minutes, minutes > 0 ? null : AbsenceReason.SICK,
                status);
    }

    @Test
    void totals_splitWorkTrainingAndOther_andPendingFromValidated() {
        List<AttendanceLine> lines = List.of(
                line(MONDAY, 1, ActivityKind.WORK, PayClass.PRODUCTION, true, 210, LineStatus.VALIDATED),
                line(MONDAY.plusDays(1), 1, ActivityKind.WORK, PayClass.PRODUCTION, true, 200, LineStatus.PENDING),
                line(MONDAY.plusDays(1), 2, ActivityKind.EDUCATION, null, false, 90, LineStatus.PENDING),
                line(MONDAY.plusDays(2), 3, ActivityKind.VOCATIONAL_TRAINING, null, true, 120, LineStatus.VALIDATED),
                line(MONDAY.plusDays(5), 4, ActivityKind.SPORT_CULTURE, null, false, 60, LineStatus.PENDING),
                line(MONDAY.plusDays(3), 1, ActivityKind.WORK, PayClass.PRODUCTION, true, 0, LineStatus.PENDING));

        HoursTotals week = HoursSummary.of(HoursPeriod.WEEK, MONDAY, MONDAY.plusDays(6), lines, calculator);

        assertEquals(410, week.workMinutes());
        assertEquals(210, week.trainingMinutes()); // education and vocational training
        assertEquals(60, week.otherMinutes());
        assertEquals(330, week.validatedMinutes());
        assertEquals(350, week.pendingMinutes());
        assertTrue(week.hasPending());
        assertEquals(6, week.lines().size());
        // Production 45 % of 12.02 = 5.41/h: 410 min = 36.97 (once for the line, not per day); training 2.28/h x 2 h.
        assertEquals(Money.euros("41.53"), week.pay());
        // Validated: 210 min of production = 18.94, 2 h of training = 4.56.
        assertEquals(Money.euros("23.50"), week.validatedPay());
        assertEquals(Money.euros("18.03"), week.pendingPay());
    }

    @Test
    void unpaidActivities_countHours_withNoPay() {
        List<AttendanceLine> lines = List.of(
                line(MONDAY, 5, ActivityKind.WORK, PayClass.CLASS_I, false, 240, LineStatus.VALIDATED),
                line(MONDAY, 6, ActivityKind.VOCATIONAL_TRAINING, null, false, 180, LineStatus.VALIDATED));

        HoursTotals totals = HoursSummary.of(HoursPeriod.WEEK, MONDAY, MONDAY, lines, calculator);

        assertEquals(240, totals.workMinutes());
        assertEquals(180, totals.trainingMinutes());
        assertEquals(Money.ZERO, totals.pay());
        assertFalse(totals.hasPending());
    }

    @Test
    void aPeriod_keepsOnlyItsDays_latestFirstOnDemand() {
        List<AttendanceLine> lines = List.of(
                line(MONDAY.minusDays(1), 1, ActivityKind.WORK, PayClass.CLASS_II, true, 60, LineStatus.VALIDATED),
                line(MONDAY, 1, ActivityKind.WORK, PayClass.CLASS_II, true, 60, LineStatus.PENDING),
                line(MONDAY.plusDays(1), 1, ActivityKind.WORK, PayClass.CLASS_II, true, 30, LineStatus.PENDING));

        HoursTotals week = HoursSummary.of(HoursPeriod.WEEK, MONDAY, MONDAY.plusDays(6), lines, calculator);

        assertEquals(90, week.workMinutes());
        assertEquals(List.of(MONDAY.plusDays(1), MONDAY), week.latestFirst().stream().map(AttendanceLine::date).toList());
        // Class II: 25 % of 12.02 = 3.005 -> 3.01/h (ceiling); 90 min = 4.515 -> 4.52 (half up).
        assertEquals(Money.euros("4.52"), week.pay());
    }

    @Test
    void periods_startOnMonday_theFirst_orTheArrival_neverBeforeIt() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        LocalDate arrival = LocalDate.of(2025, 6, 10);

        assertEquals(LocalDate.of(2026, 11, 30), HoursPeriod.WEEK.from(thursday, arrival));
        assertEquals(LocalDate.of(2026, 12, 1), HoursPeriod.MONTH.from(thursday, arrival));
        assertEquals(arrival, HoursPeriod.SINCE_ARRIVAL.from(thursday, arrival));
        assertEquals(LocalDate.of(2026, 12, 2), HoursPeriod.WEEK.from(thursday, LocalDate.of(2026, 12, 2)));
        assertEquals(LocalDate.of(2026, 12, 2), HoursPeriod.MONTH.from(thursday, LocalDate.of(2026, 12, 2)));
    }
}
