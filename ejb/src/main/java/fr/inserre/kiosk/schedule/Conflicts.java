package fr.inserre.kiosk.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A detainee cannot be expected in two places at once: finds the first overlap between plans. */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * The earliest existing commitment that overlaps one of the candidate intervals, if any. Runs in
     * O((n + m) log(n + m)) by sweeping both lists in time order.
     */
    public static Optional<Commitment> first(Collection<Interval> candidate, Collection<Commitment> existing) {
        List<Interval> wanted = new ArrayList<>(candidate);
        wanted.sort(Comparator.comparing(Interval::start));
        List<Commitment> held = new ArrayList<>(existing);
        held.sort(Comparator.comparing(Commitment::start));
        int i = 0;
        int j = 0;
        while (i < wanted.size() && j < held.size()) {
            Interval a = wanted.get(i);
            Commitment b = held.get(j);
            if (a.overlaps(b.when())) {
                return Optional.of(b);
            }
            // Advance whichever ends first: it cannot overlap anything later in the other list.
            if (!a.end().isAfter(b.when().end())) {
                i++;
            } else {
                j++;
            }
        }
        return Optional.empty();
    }
}
