package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceLines;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.LineStatus;
import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.document.Signatory;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatementBuilderTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final StatementBuilder.Person JULIEN = new StatementBuilder.Person(1, "2026A001", "MARTIN Julien");
    private static final StatementBuilder.Person AMINE = new StatementBuilder.Person(2, "2026A002", "BENALI Amine");
    private final PayCalculator calculator = new PayCalculator(Rates.seeded().table());
    private long ids;

    private AttendanceLine line(long detainee, long activity, ActivityKind kind, PayClass payClass, boolean paid,
            LocalDate day, int minutes, boolean validated) {
        return new AttendanceLine(++ids, detainee, ids, day, Instant.EPOCH, Instant.EPOCH, activity, "Activité " + activity,
                kind, kind == ActivityKind.WORK ? WorkType.WORKSHOP : null, payClass, paid,
                minutes > 0 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null, null, minutes, null,
                validated ? LineStatus.VALIDATED : LineStatus.PENDING);
    }

    private static AttendanceLines of(long detainee, List<AttendanceLine> lines) {
        return new AttendanceLines(detainee, MARCH.atDay(1), MARCH.atEndOfMonth(), lines);
    }

    @Test
    void build_addsMinutesPerActivity_roundsEachLineOnce_andKeepsPendingApart() {
        List<AttendanceLine> julien = new ArrayList<>();
        for (int day = 2; day <= 21; day++) {
            // 20 days of 7 minutes of production work at 5.41 €/h: 140 min = 12.623 → 12.62 (not 20 × 0.63)
            julien.add(line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(day), 7, day <= 15));
        }
        julien.add(line(1, 20, ActivityKind.VOCATIONAL_TRAINING, null, true, MARCH.atDay(3), 90, true));
        julien.add(line(1, 30, ActivityKind.EDUCATION, null, false, MARCH.atDay(4), 120, true));
        julien.add(line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(5), 0, true));
        julien.add(line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, LocalDate.of(2026, 4, 1), 600, true));

        List<MonthlyStatement> statements = StatementBuilder.build(MARCH, List.of(JULIEN, AMINE),
                Map.of(1L, of(1, julien)), calculator);

        assertEquals(2, statements.size());
        MonthlyStatement statement = statements.get(0);
        assertEquals(3, statement.validatedLines().size());
        StatementLine work = statement.validatedLines().get(0);
        assertEquals(14 * 7, work.minutes(), "days 2 to 15 validated, the absence and April left out");
        assertEquals(Money.euros("5.41"), work.rate().perHour());
        assertEquals(Money.euros("8.84"), work.amount(), "98 min × 5.41 / 60 = 8.836… half up");
        assertEquals(MARCH.atDay(2), work.firstDay());
        assertEquals(MARCH.atDay(15), work.lastDay());
        StatementLine training = statement.validatedLines().get(1);
        assertEquals(Money.euros("3.42"), training.amount(), "90 min at 2.28 €/h");
        StatementLine education = statement.validatedLines().get(2);
        assertEquals(Money.ZERO, education.amount());
        assertEquals(120, education.minutes());
        assertEquals(1, statement.pendingLines().size());
        assertEquals(6 * 7, statement.pendingMinutes());
        assertEquals(Money.euros("3.79"), statement.pendingAmount(), "42 min × 5.41 / 60 = 3.787 half up");
        assertEquals(98 + 90 + 120, statement.validatedMinutes());
        assertEquals(Money.euros("12.26"), statement.validatedAmount());
        assertTrue(statements.get(1).isBlank(), "Amine had no line");
        assertEquals(Money.ZERO, statements.get(1).validatedAmount());
    }

    @Test
    void build_aMonthStraddlingARateChange_givesOneLinePerRate() {
        Rates rates = Rates.seeded().own(RateItem.CLASS_I, "2026-03-16", "40");
        PayCalculator withChange = new PayCalculator(rates.table());
        List<AttendanceLine> lines = List.of(
                line(2, 40, ActivityKind.WORK, PayClass.CLASS_I, true, MARCH.atDay(10), 60, true),
                line(2, 40, ActivityKind.WORK, PayClass.CLASS_I, true, MARCH.atDay(20), 60, true));

        MonthlyStatement statement = StatementBuilder.build(MARCH, List.of(AMINE), Map.of(2L, of(2, lines)), withChange)
                .get(0);

        assertEquals(2, statement.validatedLines().size());
        assertEquals(Money.euros("3.97"), statement.validatedLines().get(0).amount(), "12.02 × 33 % = 3.9666 → 3.97");
        assertEquals(Money.euros("4.81"), statement.validatedLines().get(1).amount(), "12.02 × 40 % = 4.808 → 4.81");
        assertEquals(Money.euros("8.78"), statement.validatedAmount());
    }

    @Test
    void statementMonth_addsUpEveryDetainee() {
        List<AttendanceLine> julien = List.of(line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(2), 60, true));
        List<AttendanceLine> amine = List.of(line(2, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(2), 30, false));
        StatementMonth month = new StatementMonth(7, "InSERRE Test", MARCH, StatementBuilder.build(MARCH,
                List.of(JULIEN, AMINE), Map.of(1L, of(1, julien), 2L, of(2, amine)), calculator));

        assertEquals(60, month.validatedMinutes());
        assertEquals(30, month.pendingMinutes());
        assertEquals(Money.euros("5.41"), month.validatedAmount());
        assertEquals(Money.euros("2.71"), month.pendingAmount());
    }

    @Test
    void pdf_namesThePersonTheLinesTheTotalsAndWhoMadeIt() throws IOException {
        List<AttendanceLine> julien = List.of(
                line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(2), 125, true),
                line(1, 10, ActivityKind.WORK, PayClass.PRODUCTION, true, MARCH.atDay(30), 60, false));
        MonthlyStatement statement = StatementBuilder.build(MARCH, List.of(JULIEN), Map.of(1L, of(1, julien)), calculator)
                .get(0);

        byte[] pdf = StatementPdf.render("InSERRE Arras", List.of(statement),
                new Signatory.Signer("travail", "Claire ROUSSEL", "WORK_MANAGER"), Instant.parse("2026-04-02T08:30:00Z"),
                new DocumentTexts(Locale.FRENCH));

        String text = text(pdf);
        assertTrue(text.contains("InSERRE Arras"), text);
        assertTrue(text.contains("Relevé d'heures – mars 2026"), text);
        assertTrue(text.contains("MARTIN Julien") && text.contains("2026A001"), text);
        assertTrue(text.contains("2 h 05") && text.contains("11,27 €"), "125 min × 5.41 / 60 = 11.27: " + text);
        assertTrue(text.contains("1 h 00") && text.contains("5,41 €"), text);
        assertTrue(text.contains("Claire ROUSSEL (Responsable du travail) le 02/04/2026 à 10:30"), text);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replace('\u00a0', ' ')
                    .replace('\u202f', ' ').replaceAll(" +", " ");
        }
    }
}
