package fr.inserre.kiosk.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Hours worked and trained (work, vocational training, education: closed presences, validated or not)
 * per present detainee per complete week (Monday to Sunday) of the period: their distribution, and the
 * detainees whose weekly average is below the target (InSERRE's 100 % rule: nobody at zero).
 *
 * @param firstWeek Monday of the first complete week of the period (null: the period has none)
 * @param weeks number of complete weeks
 * @param targetMinutes the weekly target, in minutes
 * @param buckets detainee-weeks per bucket of {@link #BOUNDS}, in order ("0 h", "under 5 h", ...)
 * @param medianMinutes median of the detainee-weeks (nearest rank)
 * @param p90Minutes 90th percentile of the detainee-weeks
 * @param belowTarget present detainees under the target on average, lowest first
 */
public record WeeklyHours(LocalDate firstWeek, int weeks, int targetMinutes, List<Long> buckets, int medianMinutes,
        int p90Minutes, List<BelowTarget> belowTarget) {

    /** Upper bounds (exclusive, hours) of the buckets after the first ("0 h"); the last is open. */
    public static final List<Integer> BOUNDS = List.of(5, 10, 20, 30);

    /** A present detainee under the weekly target on average over their complete weeks. */
    public record BelowTarget(long detaineeId, String prisonNumber, String firstName, String lastName, String cell,
            int averageMinutes, int zeroWeeks, int weeks) {
    }

    /**
     * From the minutes of each present detainee in each week they were there: {@code weekly} holds, per
     * detainee, one value per counted week (zeros included).
     */
    static WeeklyHours of(LocalDate firstWeek, int weeks, int targetMinutes, Collection<IdleDetainee> present,
            Map<Long, List<Integer>> weekly) {
        long[] counts = new long[BOUNDS.size() + 2];
        List<Integer> all = new ArrayList<>();
        List<BelowTarget> below = new ArrayList<>();
        for (IdleDetainee person : present) {
            List<Integer> values = weekly.getOrDefault(person.detaineeId(), List.of());
            if (values.isEmpty()) {
                continue;
            }
            int sum = 0;
            int zeros = 0;
            for (int minutes : values) {
                counts[bucket(minutes)]++;
                all.add(minutes);
                sum += minutes;
                zeros += minutes == 0 ? 1 : 0;
            }
            int average = sum / values.size();
            if (average < targetMinutes) {
                below.add(new BelowTarget(person.detaineeId(), person.prisonNumber(), person.firstName(),
                        person.lastName(), person.cell(), average, zeros, values.size()));
            }
        }
        below.sort((a, b) -> a.averageMinutes() != b.averageMinutes() ? Integer.compare(a.averageMinutes(), b.averageMinutes())
                : (a.lastName() + a.firstName()).compareTo(b.lastName() + b.firstName()));
        List<Long> buckets = new ArrayList<>();
        for (long count : counts) {
            buckets.add(count);
        }
        all.sort(null);
        return new WeeklyHours(firstWeek, weeks, targetMinutes, buckets, rank(all, 50), rank(all, 90), below);
    }

    static int bucket(int minutes) {
        if (minutes == 0) {
            return 0;
        }
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (minutes < BOUNDS.get(i) * 60) {
                return i + 1;
            }
        }
        return BOUNDS.size() + 1;
    }

    /** Nearest rank, as {@link Percentiles}: always one of the values; 0 when there is none. */
    private static int rank(List<Integer> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    public long detaineeWeeks() {
        return buckets.stream().mapToLong(Long::longValue).sum();
    }
}
