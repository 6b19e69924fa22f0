package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift the generator plans and the simulation plays: written and read back, checked against the run. */
class ShiftTest {

    private static final Instant PLANNED = Instant.parse("2026-11-30T17:00:00Z");

    private static Shift shift(Instant end) {
        return new Shift(PLANNED, PLANNED.plusSeconds(60), end, 2, 6,
                List.of(new Shift.Terminal("BORNE-BN001-PT12-1", "Cuisine – équipe A", List.of("B0010067", "B0010068")),
                        new Shift.Terminal("BORNE-BN002-PT40-1", "Atelier menuiserie", List.of("B0020036"))),
                List.of(new Shift.RollCall("bn001.surveillant", "inserre-surveillant", 4321, LocalDate.of(2026, 11, 30))));
    }

    private static BenchmarkSettings settings(String... pairs) {
        Properties p = new Properties();
        p.setProperty("establishments", "2");
        p.setProperty("rollcall.users", "1");
        p.setProperty("ramp.seconds", "60");
        p.setProperty("duration.seconds", "120");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return BenchmarkSettings.from(p);
    }

    @Test
    void written_thenRead_isTheSameShift(@TempDir Path folder) throws Exception {
        Shift shift = shift(PLANNED.plus(Duration.ofMinutes(33)));
        Path file = folder.resolve(Shift.FILE);
        shift.write(file);
        assertEquals(shift, Shift.read(file));
        assertTrue(Files.readString(file).startsWith("#"), "the file says what it is");
    }

    @Test
    void feeders_giveEachTerminalItsSecretAndQueue_andEachSupervisorTheirSheet() {
        Shift shift = shift(PLANNED.plus(Duration.ofMinutes(33)));
        List<Map<String, Object>> terminals = new ArrayList<>();
        shift.terminalFeeder().forEachRemaining(terminals::add);
        assertEquals(2, terminals.size());
        assertEquals(GeneratedPopulation.terminalSecret("BORNE-BN001-PT12-1"), terminals.get(0).get("secret"));
        assertEquals(List.of("B0010067", "B0010068"), terminals.get(0).get("badges"));
        assertEquals(3, shift.workers());
        Map<String, Object> rollCall = shift.rollCallFeeder().next();
        assertEquals(4321L, rollCall.get("rollCallSession"));
        assertEquals("2026-11-30", rollCall.get("rollCallDate"));
    }

    @Test
    void unfitFor_aRunThatWouldOutlastTheSessions_orOtherSettings() {
        Shift shift = shift(PLANNED.plus(Duration.ofMinutes(33)));
        assertNull(shift.unfitFor(settings(), PLANNED.plusSeconds(20)));
        // the run (60 + 120 s) would end after the workshop sessions: clock-ins late in it would be refused
        assertTrue(shift.unfitFor(settings(), PLANNED.plus(Duration.ofMinutes(31))).contains("end at"));
        assertTrue(shift.unfitFor(settings("establishments", "3"), PLANNED).contains("establishments=2"));
        assertTrue(shift.unfitFor(settings("workshop.queue", "5"), PLANNED).contains("workshop.queue=6"));
        assertTrue(shift.unfitFor(settings("rollcall.users", "2"), PLANNED).contains("roll-call sheets"));
    }

    @Test
    void settings_shiftNeedsGeneratedEstablishments_andRollCallsOnePerEstablishment() {
        Properties demo = new Properties();
        assertEquals(false, BenchmarkSettings.from(demo).playsShift());
        demo.setProperty("workshops", "true");
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(demo));
        assertTrue(settings().playsShift());
        assertEquals(2, settings("rollcall.users", "2").rollCalls());
        assertThrows(IllegalArgumentException.class, () -> settings("rollcall.users", "3"));
        assertThrows(IllegalArgumentException.class, () -> settings("submit.probability", "1.5"));
        assertThrows(IllegalArgumentException.class, () -> settings("workshop.queue", "0"));
    }

    @Test
    void managers_workOneQueueEach_neverTwoOnTheSameTeamOfAnEstablishment() {
        List<Map<String, Object>> managers = new ArrayList<>();
        GeneratedPopulation.managers(2, 8).forEachRemaining(managers::add);
        assertEquals(8, managers.stream().map(m -> m.get("login")).distinct().count());
        assertEquals("bn001.cpip", managers.get(0).get("login"));
        assertEquals("SPIP", managers.get(0).get("team"));
        assertEquals("bn002.cpip", managers.get(1).get("login"));
        assertEquals("bn001.direction", managers.get(2).get("login"));
        assertEquals("inserre-direction", managers.get(2).get("password"));
        assertThrows(IllegalArgumentException.class, () -> settings("managers", "9"));
        List<Map<String, Object>> demo = new ArrayList<>();
        DemoPopulation.managers(4).forEachRemaining(demo::add);
        assertEquals("travail", demo.get(3).get("login"));
        assertEquals("WORK", demo.get(3).get("team"));
    }

    @Test
    void firstChoice_skipsTheMenusPlaceholder() {
        assertEquals("NOT_THIS_SERVICE", ManagerChains.firstChoice(List.of("", "NOT_THIS_SERVICE", "OTHER")));
        assertThrows(IllegalStateException.class, () -> ManagerChains.firstChoice(List.of("")));
    }
}
