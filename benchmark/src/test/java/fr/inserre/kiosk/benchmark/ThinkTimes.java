package fr.inserre.kiosk.benchmark;

import io.gatling.javaapi.core.Simulation;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code -Dpause.max.ms=N}: every think time of the run (reading a page, typing a PIN, the person away
 * from the kiosk between visits, staff reading) becomes a random 0 to N ms, so that a run of half a
 * minute (the smoke run) still goes through whole visits, many of them, with requests interleaved
 * as at a peak. Without it (the default), a person's think times as the chains give them.
 */
final class ThinkTimes {

    static final String PARAMETER = "pause.max.ms";

    private ThinkTimes() {
    }

    static void apply(Simulation.SetUp run, Properties parameters) {
        String max = parameters.getProperty(PARAMETER);
        if (max == null || max.isBlank()) {
            return;
        }
        long bound = Long.parseLong(max.strip());
        if (bound < 0) {
            throw new IllegalArgumentException(PARAMETER + " must not be negative, not " + bound);
        }
        System.out.println("Think times: every pause 0 to " + bound + " ms (" + PARAMETER + ")");
        run.customPauses(session -> ThreadLocalRandom.current().nextLong(bound + 1));
    }
}
