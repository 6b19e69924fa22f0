package fr.inserre.kiosk.benchmark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The shift a run plays in the generated establishments, as {@link ShiftPlanner} planned it in the database
 * just before the run: the workshop sessions (from a minute after planning to after the run's end), the workshop
 * terminals and who queues at each (the workers allocated to that workshop, {@code workshop.queue} per
 * terminal), and the roll-call sheet of each establishment (a session that ended before the run). The
 * generator writes it to {@code benchmark/target/benchmark-shift.txt}; the simulation reads it and renames it
 * (a shift is played once: a worker clocks in once per session).
 */
record Shift(Instant planned, Instant start, Instant end, int establishments, int queue, List<Terminal> terminals,
        List<RollCall> rollCalls) {

    /** A workshop terminal and the badges of the workers who clock in at it, in their order. */
    record Terminal(String code, String activity, List<String> badges) {
    }

    /** A supervisor's roll-call: their account and the sheet (session) to record, on its day. */
    record RollCall(String login, String password, long session, LocalDate date) {
    }

    static final String FILE = "benchmark-shift.txt";
    static final String PLAYED = "benchmark-shift.played.txt";

    Shift {
        terminals = List.copyOf(terminals);
        rollCalls = List.copyOf(rollCalls);
    }

    /** The module's target folder (where the compiled benchmark lives), whatever folder Maven runs from. */
    static Path targetFolder() {
        try {
            return Path.of(Shift.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Shift planned by GenerateEstablishments for one run of EveningPeakSimulation (benchmark/README.md)");
        lines.add("planned=" + planned);
        lines.add("start=" + start);
        lines.add("end=" + end);
        lines.add("establishments=" + establishments);
        lines.add("queue=" + queue);
        for (Terminal t : terminals) {
            lines.add("terminal=" + t.code() + ";" + t.activity() + ";" + String.join(" ", t.badges()));
        }
        for (RollCall r : rollCalls) {
            lines.add("rollcall=" + r.login() + ";" + r.password() + ";" + r.session() + ";" + r.date());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static Shift read(Path file) throws IOException {
        Instant planned = null;
        Instant start = null;
        Instant end = null;
        int establishments = 0;
        int queue = 0;
        List<Terminal> terminals = new ArrayList<>();
        List<RollCall> rollCalls = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            String[] parts = value.split(";", -1);
            switch (key) {
                case "planned" -> planned = Instant.parse(value);
                case "start" -> start = Instant.parse(value);
                case "end" -> end = Instant.parse(value);
                case "establishments" -> establishments = Integer.parseInt(value);
                case "queue" -> queue = Integer.parseInt(value);
                case "terminal" -> terminals.add(new Terminal(parts[0], parts[1], Arrays.asList(parts[2].split(" "))));
                case "rollcall" -> rollCalls.add(new RollCall(parts[0], parts[1], Long.parseLong(parts[2]),
                        LocalDate.parse(parts[3])));
                default -> throw new IllegalStateException("unknown line in " + file + ": " + line);
            }
        }
        return new Shift(planned, start, end, establishments, queue, terminals, rollCalls);
    }

    /**
     * Why this shift cannot be played by a run with these settings starting now, or null if it can: the same
     * establishments and queue, roll-call sheets for every supervisor, and a session long enough for the whole
     * run (its clock-ins need the session not yet over).
     */
    String unfitFor(BenchmarkSettings settings, Instant now) {
        if (establishments != settings.establishments() || queue != settings.workshopQueue()) {
            return "it was planned for establishments=" + establishments + " workshop.queue=" + queue;
        }
        if (rollCalls.size() < settings.rollCalls()) {
            return "it has " + rollCalls.size() + " roll-call sheets for rollcall.users=" + settings.rollCalls();
        }
        if (now.plus(settings.ramp()).plus(settings.duration()).isAfter(end)) {
            return "its workshop sessions end at " + end + ", before this run would (planned at " + planned + ")";
        }
        return null;
    }

    /**
     * The shift for a run starting now, taken once: read from the target folder, checked, and renamed so that no
     * other run plays it again.
     */
    static Shift takeFor(BenchmarkSettings settings) {
        Path file = targetFolder().resolve(FILE);
        String advice = "; the benchmark profile plans a new one before each run (do not pass -Dgenerator.skip=true),"
                + " or pass -Dworkshops=false -Drollcall.users=0 to play without it";
        if (!Files.exists(file)) {
            throw new IllegalStateException("No workshop shift planned (" + file + ")" + advice);
        }
        try {
            Shift shift = read(file);
            String unfit = shift.unfitFor(settings, Instant.now());
            if (unfit != null) {
                throw new IllegalStateException("The shift in " + file + " cannot be played: " + unfit + advice);
            }
            Files.move(file, file.resolveSibling(PLAYED), StandardCopyOption.REPLACE_EXISTING);
            return shift;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One record per workshop terminal: its code and secret (to launch it) and its queue of badges. */
    Iterator<Map<String, Object>> terminalFeeder() {
        return terminals.stream().<Map<String, Object>>map(t -> Map.of("terminal", t.code(),
                "secret", GeneratedPopulation.terminalSecret(t.code()), "badges", t.badges())).iterator();
    }

    /** One record per supervisor: the account and the sheet to record. */
    Iterator<Map<String, Object>> rollCallFeeder() {
        return rollCalls.stream().<Map<String, Object>>map(r -> Map.of("login", r.login(), "password", r.password(),
                "rollCallSession", r.session(), "rollCallDate", r.date().toString())).iterator();
    }

    int workers() {
        return terminals.stream().mapToInt(t -> t.badges().size()).sum();
    }
}
