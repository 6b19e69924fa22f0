package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The generated establishments' names, as the generator's SQL writes them and the load plays them. */
class GeneratedPopulationTest {

    @Test
    void detainee_ofEachEstablishment_logsInAtTheTerminalOfTheirOwnCell() {
        assertEquals("BN001", GeneratedPopulation.code(1));
        assertEquals("B0010001", GeneratedPopulation.badge(1, 0));
        assertEquals("BORNE-BN001-A-001", GeneratedPopulation.cellTerminal(1, 0));
        assertEquals("BORNE-BN003-D-030", GeneratedPopulation.cellTerminal(3, 179));
        assertEquals("B0030180", GeneratedPopulation.badge(3, 179));
    }

    @Test
    void kiosks_fillOneEstablishmentAfterTheOther_neverSharingATerminal() {
        List<Map<String, Object>> records = new ArrayList<>();
        GeneratedPopulation.detainees(3, 540).forEachRemaining(records::add);
        assertEquals(540, records.size());
        assertEquals(540, records.stream().map(r -> r.get("terminal")).distinct().count());
        assertEquals("BORNE-BN002-A-001", records.get(180).get("terminal"));
        assertEquals("B0020001", records.get(180).get("badge"));
        assertThrows(IllegalArgumentException.class, () -> GeneratedPopulation.detainees(3, 541));
    }

    @Test
    void terminalSecret_isAsLongAsARealOne_andDiffersPerTerminal() {
        String secret = GeneratedPopulation.terminalSecret("BORNE-BN001-A-001");
        assertEquals(43, secret.length());
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        assertNotEquals(secret, GeneratedPopulation.terminalSecret("BORNE-BN001-A-002"));
    }

    @Test
    void pinHash_hasTheApplicationsFormat() {
        byte[] salt = new byte[16];
        String hash = PinHash.of("480517", salt);
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals("AAAAAAAAAAAAAAAAAAAAAA", parts[2]);
        assertEquals(43, parts[3].length(), "32 bytes in Base64 without padding");
        assertNotEquals(hash, PinHash.of("480518", salt));
        assertEquals(64, HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(parts[3])).length());
    }

    @Test
    void staff_cycleThroughTheEstablishments_withTheDemoPasswords() {
        List<Map<String, Object>> staff = new ArrayList<>();
        GeneratedPopulation.staff(3, 4).forEachRemaining(staff::add);
        assertEquals("bn001.surveillant", staff.get(0).get("login"));
        assertEquals("bn002.surveillant", staff.get(1).get("login"));
        assertEquals("bn001.travail", staff.get(3).get("login"));
        assertEquals("inserre-travail", staff.get(3).get("password"));
    }

    @Test
    void settings_withEstablishments_playEveryDetaineeByDefault_andNoMore() {
        Properties three = new Properties();
        three.setProperty("establishments", "3");
        assertEquals(540, BenchmarkSettings.from(three).users());
        three.setProperty("users", "541");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(three));
        assertTrue(e.getMessage().contains("540"), e.getMessage());
    }

    @Test
    void peak_evening_playsEveryCellWithoutWorkshops_shift_theWorkshopsWithoutCells_both_everything() {
        Properties p = new Properties();
        p.setProperty("establishments", "3");
        BenchmarkSettings both = BenchmarkSettings.from(p);
        assertEquals(540, both.users());
        assertTrue(both.workshops());
        p.setProperty("peak", "evening");
        BenchmarkSettings evening = BenchmarkSettings.from(p);
        assertEquals(540, evening.users());
        assertFalse(evening.workshops());
        assertEquals(3, evening.rollCalls(), "the supervisors' roll-call belongs to the evening too");
        p.setProperty("peak", "Shift");
        BenchmarkSettings shift = BenchmarkSettings.from(p);
        assertEquals(0, shift.users());
        assertTrue(shift.workshops());
        p.setProperty("users", "90");
        assertEquals(90, BenchmarkSettings.from(p).users(), "an explicit parameter wins over the peak's default");
        p.setProperty("peak", "night");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(p));
        assertTrue(e.getMessage().contains("evening, shift or both"), e.getMessage());
        Properties demo = new Properties();
        demo.setProperty("peak", "shift");
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(demo));
    }

    @Test
    void kioskLinks_becomePathsUnderTheBaseUrl() {
        assertEquals("kiosk/hours/sessions.xhtml?period=THIS_WEEK",
                KioskChains.inApplication("/inserre/kiosk/hours/sessions.xhtml?period=THIS_WEEK"));
    }
}
