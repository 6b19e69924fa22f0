package fr.inserre.kiosk.admission;

import java.util.ArrayList;
import java.util.List;

/**
 * What a roster file changes, compared with what is recorded: who is admitted, who moves, who leaves,
 * whose expected release date changes; the rest is unchanged (present and in the same cell, or already
 * released) or ignored (released before ever being recorded here: nothing to keep of them).
 */
public final class RosterPlan {

    /** A line about someone already recorded. */
    public record Change(RosterRow row, KnownDetainee known) {
    }

    final List<RosterRow> admissions = new ArrayList<>();
    final List<Change> moves = new ArrayList<>();
    final List<Change> releases = new ArrayList<>();
    final List<Change> updates = new ArrayList<>();
    int unchanged;
    int ignored;
    /** Present here but not in the file: not released by the import (only a LIBERE/TRANSFERE line does). */
    int absent;

    public List<RosterRow> admissions() {
        return admissions;
    }

    public List<Change> moves() {
        return moves;
    }

    public List<Change> releases() {
        return releases;
    }

    public List<Change> updates() {
        return updates;
    }

    public int unchanged() {
        return unchanged;
    }

    public int ignored() {
        return ignored;
    }

    public int absent() {
        return absent;
    }

    /** How many changes writing the plan makes. */
    public int size() {
        return admissions.size() + moves.size() + releases.size() + updates.size();
    }
}
