package fr.inserre.kiosk.admission;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a roster import has gone, read by the page's progress bar while the import runs in another
 * thread: the phase, and how many of the steps of that phase are done (lines read, changes written).
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reading and checking the file, then writing the changes. */
    public enum Phase {
        WAITING, CHECKING, WRITING, DONE
    }

    private volatile Phase phase = Phase.WAITING;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    void start(Phase newPhase, int steps) {
        done.set(0);
        total = steps;
        phase = newPhase;
    }

    void step() {
        done.incrementAndGet();
    }

    void at(int doneSteps) {
        done.set(doneSteps);
    }

    void finish() {
        phase = Phase.DONE;
    }

    public Phase phase() {
        return phase;
    }

    /** 0 to 100: checking counts for the first 20, writing for the rest. */
    public int percent() {
        int steps = total;
        int share = steps == 0 ? 100 : Math.min(100, done.get() * 100 / steps);
        return switch (phase) {
            case WAITING -> 0;
            case CHECKING -> share / 5;
            case WRITING -> 20 + share * 80 / 100;
            case DONE -> 100;
        };
    }
}
