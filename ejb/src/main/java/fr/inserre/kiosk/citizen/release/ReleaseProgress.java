package fr.inserre.kiosk.citizen.release;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How far a detainee's release preparation is, in the terms the kiosk says it: the days left until the
 * expected release date, how many items are settled (done or not needed) out of how many, what is still
 * missing (to do or in progress, in the template's order), and whether it is urgent: something still
 * missing with {@value #URGENT_DAYS} days or fewer left.
 *
 * @param expectedRelease the expected release date, or null when none is known
 * @param daysLeft days from today to that date (0 once it is reached), null without a date
 * @param total items on the checklist
 * @param settled items done or not applicable
 * @param missing items still to do or in progress
 * @param urgent something is missing and release is near
 */
public record ReleaseProgress(LocalDate expectedRelease, Long daysLeft, int total, int settled,
        List<ChecklistLine> missing, boolean urgent) {

    /** From this many days before the release date, anything missing is urgent. */
    public static final int URGENT_DAYS = 30;

    public static ReleaseProgress of(List<ChecklistLine> lines, LocalDate expectedRelease, LocalDate today) {
        Long days = expectedRelease == null ? null : Math.max(0, ChronoUnit.DAYS.between(today, expectedRelease));
        List<ChecklistLine> missing = lines.stream().filter(l -> !l.settled()).toList();
        int settled = lines.size() - missing.size();
        return new ReleaseProgress(expectedRelease, days, lines.size(), settled, missing,
                days != null && days <= URGENT_DAYS && !missing.isEmpty());
    }

    /** Share of the items settled, 0 to 100 (100 for an empty checklist: nothing is asked). */
    public int percent() {
        return total == 0 ? 100 : settled * 100 / total;
    }

    /** Nothing is missing. */
    public boolean ready() {
        return missing.isEmpty();
    }

    /** How many missing items someone is already working on. */
    public long inProgress() {
        return missing.stream().filter(l -> l.status() == ChecklistStatus.IN_PROGRESS).count();
    }
}
