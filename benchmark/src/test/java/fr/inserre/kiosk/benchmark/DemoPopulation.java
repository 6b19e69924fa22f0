package fr.inserre.kiosk.benchmark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Who the benchmark plays, from the demo data of the README's run command (demo.DemoDataLoader): the
 * detainee of index i has badge B100001 + i and lives in the i-th cell (wings A, B, C of 50 cells),
 * whose terminal is BORNE-ARR-&lt;cell&gt;; the first PIN is 246810. Staff logins are inserre-&lt;login&gt;.
 * The data generator for N establishments (issue 10) will replace this class.
 */
final class DemoPopulation {

    static final String FIRST_PIN = "246810";
    private static final String ESTABLISHMENT = "ARR";
    private static final String[] WINGS = {"A", "B", "C"};
    private static final int CELLS_PER_WING = 50;
    /** Staff who may open /staff/schedule/* (web.xml): the supervisor first, then managers and the direction. */
    private static final List<String> SCHEDULE_READERS = List.of("surveillant", "travail", "formation", "direction", "cpip");

    private DemoPopulation() {
    }

    static String badge(int index) {
        return String.format("B%06d", 100_001 + index);
    }

    static String cell(int index) {
        return String.format("%s-%03d", WINGS[index / CELLS_PER_WING], index % CELLS_PER_WING + 1);
    }

    static String cellTerminal(int index) {
        return "BORNE-" + ESTABLISHMENT + "-" + cell(index);
    }

    /** One record per kiosk: each detainee once, in cell order (so two kiosks never share a terminal). */
    static Iterator<Map<String, Object>> detainees(int count) {
        return IntStream.range(0, count)
                .<Map<String, Object>>mapToObj(i -> Map.of("badge", badge(i), "terminal", cellTerminal(i), "cell", cell(i)))
                .iterator();
    }

    /** Staff records, cycling through the accounts that may read schedules. */
    static Iterator<Map<String, Object>> staff(int count) {
        return IntStream.range(0, count)
                .<Map<String, Object>>mapToObj(i -> {
                    String login = SCHEDULE_READERS.get(i % SCHEDULE_READERS.size());
                    return Map.of("login", login, "password", "inserre-" + login);
                })
                .iterator();
    }

    /** Managers of the demo, one per team queue ({@link ManagerChains#QUEUES}). */
    static Iterator<Map<String, Object>> managers(int count) {
        return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> {
            ManagerChains.Queue queue = ManagerChains.QUEUES.get(i);
            return Map.of("login", queue.login(), "password", "inserre-" + queue.login(), "team", queue.team());
        }).iterator();
    }
}
