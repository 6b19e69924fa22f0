package fr.inserre.kiosk.admission;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a roster import has gone, read by the page's progress bar while the import runs in another
 * thread: the phase, and how many of the steps of that phase are done (lines read, changes written).
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Reading and checking the file, writing the changes, then saving them (the transaction's commit: all
     * or nothing), done once they are saved.
     */
    public enum Phase {
        WAITING, CHECKING, WRITING, SAVING, DONE
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

    /** 0 to 100: checking counts for the first 20, writing up to 99; 100 only once saved. */
    public int percent() {
        int steps = total;
        int share = steps == 0 ? 100 : Math.min(100, done.get() * 100 / steps);
        return switch (phase) {
            case WAITING -> 0;
            case CHECKING -> share / 5;
            case WRITING -> 20 + share * 79 / 100;
            case SAVING -> 99;
            case DONE -> 100;
        };
    }
}
