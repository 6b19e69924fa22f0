package fr.inserre.kiosk.schedule;

import java.time.Instant;

/**
 * Somewhere a detainee is expected: a session of an activity they are allocated to (what = the
 * activity's title), or an appointment (what = null: its kind is not told to whoever meets the conflict).
 */
public record Commitment(String what, Interval when) {

    public static Commitment session(String activity, Interval when) {
        return new Commitment(activity, when);
    }

    public static Commitment appointment(Interval when) {
        return new Commitment(null, when);
    }

    public boolean appointment() {
        return what == null;
    }

    public Instant start() {
        return when.start();
    }
}
