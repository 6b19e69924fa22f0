package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    static Interval at(String start, String end) {
        return new Interval(Instant.parse("2026-12-07T" + start + ":00Z"), Instant.parse("2026-12-07T" + end + ":00Z"));
    }

    @Test
    void overlappingCommitment_isFound_andNamed() {
        Optional<Commitment> conflict = Conflicts.first(List.of(at("09:00", "11:00")),
                List.of(Commitment.session("Atelier menuiserie", at("07:00", "08:00")),
                        Commitment.session("CAP cuisine", at("10:30", "12:00"))));

        assertEquals("CAP cuisine", conflict.orElseThrow().what());
    }

    @Test
    void backToBackSlots_doNotConflict() {
        Optional<Commitment> conflict = Conflicts.first(List.of(at("10:00", "12:00")),
                List.of(Commitment.session("Atelier", at("08:00", "10:00")), Commitment.appointment(at("12:00", "13:00"))));

        assertTrue(conflict.isEmpty());
    }

    @Test
    void commitmentInsideTheCandidate_conflicts() {
        Optional<Commitment> conflict = Conflicts.first(List.of(at("08:00", "17:00")),
                List.of(Commitment.appointment(at("14:00", "14:30"))));

        assertTrue(conflict.orElseThrow().appointment());
    }

    @Test
    void conflictLateInLongLists_isFound_whateverTheOrderGiven() {
        List<Interval> wanted = new ArrayList<>();
        List<Commitment> held = new ArrayList<>();
        for (int day = 28; day >= 1; day--) {
            Instant morning = Instant.parse(String.format("2027-02-%02dT08:00:00Z", day));
            wanted.add(new Interval(morning, morning.plusSeconds(3 * 3600)));
            Instant afternoon = Instant.parse(String.format("2027-02-%02dT13:00:00Z", day));
            held.add(Commitment.session("Sport", new Interval(afternoon, afternoon.plusSeconds(2 * 3600))));
        }
        Instant clash = Instant.parse("2027-02-27T10:00:00Z");
        held.add(Commitment.session("Parloir", new Interval(clash, clash.plusSeconds(3600))));

        assertEquals("Parloir", Conflicts.first(wanted, held).orElseThrow().what());
    }

    @Test
    void nothingHeld_meansNoConflict() {
        assertTrue(Conflicts.first(List.of(at("08:00", "09:00")), List.of()).isEmpty());
    }
}
