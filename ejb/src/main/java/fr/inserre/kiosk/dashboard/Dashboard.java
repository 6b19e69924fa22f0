package fr.inserre.kiosk.dashboard;

import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.terminal.FleetStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The InSERRE indicators of one establishment for a period (from and to included), as of a day.
 *
 * @param present detainees present on {@code asOf}
 * @param withActivity of them, those with an active work or training allocation that day
 * @param idle the others, by name
 * @param submitted requests submitted in the period, by type
 * @param responseTimes decisions made in the period, by type
 * @param allResponseTimes the same, all types together
 * @param overdue requests open past their due date on {@code asOf}
 * @param refusals refusals decided in the period, by reason
 * @param waitingLists each activity's waiting list today
 * @param trainingsCompleted training and education allocations ended as completed in the period
 * @param fleet terminals by fleet status now
 * @param weeklyHours hours worked and trained per present detainee per complete week, and who is below target
 * @param attestationsIssued attestations d'heures issued in the period
 */
public record Dashboard(LocalDate from, LocalDate to, LocalDate asOf, long present, long withActivity,
        List<IdleDetainee> idle, Map<RequestType, Long> submitted, Map<RequestType, ResponseTimes> responseTimes,
        ResponseTimes allResponseTimes, long overdue, Map<RefusalReason, Long> refusals,
        List<WaitingList> waitingLists, long trainingsCompleted, Map<FleetStatus, Long> fleet,
        WeeklyHours weeklyHours, long attestationsIssued) {

    /** Requests submitted in the period, all types together. */
    public long submittedTotal() {
        return submitted.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of present detainees with work or training, in percent (the InSERRE target is 100). */
    public double occupationRate() {
        return present == 0 ? 0 : 100.0 * withActivity / present;
    }

    /** Share of the period's decisions that were refusals, in percent. */
    public double refusalRate() {
        long refused = refusals.values().stream().mapToLong(Long::longValue).sum();
        return allResponseTimes.decided() == 0 ? 0 : 100.0 * refused / allResponseTimes.decided();
    }
}
