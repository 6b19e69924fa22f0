package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which responses of a run break issue 10's statement bound, and why. */
class StatementBoundTest {

    private final StatementBound bound = new StatementBound(5, "http://localhost:8680/inserre/");

    @Test
    void kioskGet_mayReadWithTheBound_notOneMore() {
        assertNull(bound.problem("GET", "/inserre/kiosk/index.xhtml", "5", "0"));
        assertEquals("GET /inserre/kiosk/schedule/week.xhtml: 6 SQL statements reading, more than 5",
                bound.problem("GET", "/inserre/kiosk/schedule/week.xhtml", "6", "0"));
    }

    @Test
    void kioskGet_mayAlsoWriteOnce_theTerminalsLastSeenTime() {
        assertNull(bound.problem("GET", "/inserre/kiosk/hours/sessions.xhtml", "6", "1"));
        assertEquals("GET /inserre/kiosk/index.xhtml: 2 SQL statements writing, more than 1 (the terminal's last-seen time)",
                bound.problem("GET", "/inserre/kiosk/index.xhtml", "4", "2"));
    }

    @Test
    void kioskPost_mayCostTwiceTheBound_writesIncluded() {
        assertNull(bound.problem("POST", "/inserre/kiosk/index.xhtml", "20", "3"));
        assertEquals("POST /inserre/kiosk/identity/login.xhtml: 21 SQL statements, more than 20",
                bound.problem("POST", "/inserre/kiosk/identity/login.xhtml", "21", "2"));
    }

    @Test
    void kioskResponse_withoutItsCounts_fails_naming_theServersSwitch() {
        String problem = bound.problem("GET", "/inserre/kiosk/index.xhtml", null, null);
        assertTrue(problem.contains("-Dinserre.statements.header=true"), problem);
        assertTrue(bound.problem("GET", "/inserre/kiosk/index.xhtml", "3", null).contains("-Dinserre.statements.header"));
        assertTrue(bound.problem("GET", "/inserre/kiosk/index.xhtml", "many", "0").contains("not numbers"));
    }

    @Test
    void otherRequests_areNotBound() {
        assertNull(bound.problem("GET", "/inserre/staff/schedule/expected.xhtml", "40", "3"));
        assertNull(bound.problem("POST", "/inserre/api/terminals/ticket", null, null));
        assertNull(bound.problem("GET", "/inserre/jakarta.faces.resource/css/kiosk.css.xhtml", null, null));
    }

    @Test
    void parameter_turnsTheBoundOn_onlyWhenGiven() {
        String base = "http://localhost:8680/inserre/";
        assertEquals(Optional.empty(), StatementBound.from(new Properties(), base));
        Properties parameters = new Properties();
        parameters.setProperty(StatementBound.PARAMETER, "5");
        assertEquals("kiosk GET: at most 5 SQL statements reading and 1 writing; kiosk POST: at most 20 (/inserre/kiosk/...)",
                StatementBound.from(parameters, base).orElseThrow().toString());
        parameters.setProperty(StatementBound.PARAMETER, "-1");
        assertThrows(IllegalArgumentException.class, () -> StatementBound.from(parameters, base));
    }
}
