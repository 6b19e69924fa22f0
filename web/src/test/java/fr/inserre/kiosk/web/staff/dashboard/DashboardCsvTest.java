package fr.inserre.kiosk.web.staff.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.dashboard.Dashboard;
import fr.inserre.kiosk.dashboard.IdleDetainee;
import fr.inserre.kiosk.dashboard.ResponseTimes;
import fr.inserre.kiosk.dashboard.WaitingList;
import fr.inserre.kiosk.dashboard.WeeklyHours;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.terminal.FleetStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV: one figure per line, safe cells, durations in days. */
class DashboardCsvTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void cell_quotesSeparatorsAndQuotes_andNeutralisesFormulas() {
        assertEquals("CAP cuisine", DashboardCsv.cell("CAP cuisine"));
        assertEquals("\"a;b\"", DashboardCsv.cell("a;b"));
        assertEquals("\"dit \"\"non\"\"\"", DashboardCsv.cell("dit \"non\""));
        assertEquals("'=HYPERLINK(1)", DashboardCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'@x;y\"", DashboardCsv.cell("@x;y"));
        assertEquals("", DashboardCsv.cell(null));
    }

    @Test
    void days_haveOneDecimal_inTheReadersLanguage() {
        assertEquals("2,5", DashboardCsv.days(Duration.ofHours(60), Locale.FRENCH));
        assertEquals("2.5", DashboardCsv.days(Duration.ofHours(60), Locale.ENGLISH));
        assertEquals("", DashboardCsv.days(null, Locale.FRENCH));
    }

    @Test
    void csv_givesEveryFigure_onItsOwnLine_withTheIdleList() {
        Dashboard dashboard = new Dashboard(FROM, TO, TO, 120, 118,
                List.of(new IdleDetainee(7L, "25A0007", "Ali", "Benali", "B-004", FROM)),
                Map.of(RequestType.GENERAL, 40L, RequestType.TRAINING_ENROLMENT, 12L),
                Map.of(RequestType.GENERAL, new ResponseTimes(30, Duration.ofDays(2), Duration.ofDays(6))),
                new ResponseTimes(30, Duration.ofDays(2), Duration.ofDays(6)), 3,
                Map.of(RefusalReason.NOT_POSSIBLE, 6L), List.of(new WaitingList(5L, "CAP cuisine", 4,
                        Duration.ofDays(10))), 2, Map.of(FleetStatus.ONLINE, 150L, FleetStatus.OFFLINE, 9L),
                new WeeklyHours(FROM, 4, 600, List.of(2L, 1L, 3L, 100L, 300L, 74L), 1500, 2100,
                        List.of(new WeeklyHours.BelowTarget(7L, "25A0007", "Ali", "Benali", "B-004", 90, 3, 4))), 5);
        ResourceBundle staff = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.staff", Locale.FRENCH);

        String csv = DashboardCsv.write(dashboard, staff, Locale.FRENCH);

        List<String> lines = csv.lines().toList();
        assertTrue(lines.contains("Activité des personnes présentes;Taux (%);98,3"), csv);
        assertTrue(lines.contains("Demandes par type;Requête écrite;40"), csv);
        assertTrue(lines.contains("Demandes par type;Rendez-vous;0"), csv);
        assertTrue(lines.contains("Délais de réponse;Requête écrite – 90e centile (jours);6,0"), csv);
        assertTrue(lines.contains("Refus par raison;Taux de refus (%);20,0"), csv);
        assertTrue(lines.contains("Listes d'attente;CAP cuisine;4 / 10,0"), csv);
        assertTrue(lines.contains("Bornes;Hors ligne;9"), csv);
        assertTrue(lines.contains("Personnes présentes sans travail ni formation;25A0007 Benali Ali;B-004"), csv);
        assertTrue(lines.contains("Formations;Attestations d'heures délivrées;5"), csv);
        assertTrue(lines.contains("Heures de travail et de formation par personne et par semaine;0 h;2"), csv);
        assertTrue(lines.contains("Heures de travail et de formation par personne et par semaine;5 à 10 h;3"), csv);
        assertTrue(lines.contains("Heures de travail et de formation par personne et par semaine;30 h et plus;74"), csv);
        assertTrue(lines.contains("Heures de travail et de formation par personne et par semaine;Médiane (heures);25,0"), csv);
        assertTrue(lines.contains("Heures de travail et de formation par personne et par semaine;90e centile (heures);35,0"), csv);
        assertTrue(lines.contains("Sous l'objectif hebdomadaire;25A0007 Benali Ali;1,5"), csv);
        assertTrue(csv.endsWith("\r\n"));
    }
}
