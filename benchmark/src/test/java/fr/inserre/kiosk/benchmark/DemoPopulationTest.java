package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The benchmark plays the demo's people at their own cell terminals, and refuses parameters it cannot honour. */
class DemoPopulationTest {

    @Test
    void detainee_logsInAtTheTerminalOfTheirOwnCell_inCellOrder() {
        assertEquals("B100001", DemoPopulation.badge(0));
        assertEquals("BORNE-ARR-A-001", DemoPopulation.cellTerminal(0));
        assertEquals("BORNE-ARR-A-050", DemoPopulation.cellTerminal(49));
        assertEquals("B100051", DemoPopulation.badge(50));
        assertEquals("BORNE-ARR-B-001", DemoPopulation.cellTerminal(50));
        assertEquals("B100120", DemoPopulation.badge(119));
        assertEquals("BORNE-ARR-C-020", DemoPopulation.cellTerminal(119));
    }

    @Test
    void detainees_neverShareATerminal() {
        List<Object> terminals = new ArrayList<>();
        Iterator<Map<String, Object>> feeder = DemoPopulation.detainees(120);
        feeder.forEachRemaining(record -> terminals.add(record.get("terminal")));
        assertEquals(120, terminals.size());
        assertEquals(120, terminals.stream().distinct().count());
    }

    @Test
    void staff_areAccountsThatMayReadSchedules_withTheirDemoPasswords() {
        Iterator<Map<String, Object>> feeder = DemoPopulation.staff(6);
        Map<String, Object> first = feeder.next();
        assertEquals("surveillant", first.get("login"));
        assertEquals("inserre-surveillant", first.get("password"));
        int count = 1;
        while (feeder.hasNext()) {
            feeder.next();
            count++;
        }
        assertEquals(6, count);
    }

    @Test
    void settings_defaultToTheReadmeRunCommand() {
        BenchmarkSettings settings = BenchmarkSettings.from(new Properties());
        assertEquals("http://localhost:8080/inserre/", settings.baseUrl());
        assertEquals(30, settings.users());
    }

    @Test
    void settings_refuseMoreKiosksThanDemoDetainees_andTheDemoFirstPinAsTheChosenOne() {
        Properties tooMany = new Properties();
        tooMany.setProperty("users", "121");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(tooMany));
        assertTrue(e.getMessage().contains("120"), e.getMessage());
        Properties firstPin = new Properties();
        firstPin.setProperty("pin", "246810");
        assertThrows(IllegalArgumentException.class, () -> BenchmarkSettings.from(firstPin));
    }

    @Test
    void dateParameter_readsTheDayOfAnExpectedLink() {
        assertEquals("2026-12-01", StaffChains.dateParameter("/inserre/staff/schedule/expected.xhtml?date=2026-12-01"));
        assertEquals("2026-12-01",
                StaffChains.dateParameter("/inserre/staff/schedule/expected.xhtml?date=2026-12-01&amp;x=1"));
    }
}
