package fr.inserre.kiosk.citizen.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.LineStatus;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CvBuilderTest {

    private static final String ESTABLISHMENT = "InSERRE Arras";

    private static AttendanceLine line(String activity, ActivityKind kind, LocalDate date, int minutes, LineStatus status) {
        var start = date.atTime(8, 0).toInstant(ZoneOffset.UTC);
        boolean work = kind == ActivityKind.WORK;
        return new AttendanceLine(1, 1, 1, date, start, start.plusSeconds(minutes * 60L), activity.hashCode(), activity,
                kind, work ? WorkType.WORKSHOP : null, work ? PayClass.PRODUCTION : null, work,
                AttendanceStatus.PRESENT, start, start.plusSeconds(minutes * 60L), minutes, null, status);
    }

    private static final List<AttendanceLine> LINES = List.of(
            line("Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 3, 2), 210, LineStatus.VALIDATED),
            line("Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 6, 15), 210, LineStatus.VALIDATED),
            line("Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 11, 23), 210, LineStatus.PENDING),
            line("Cuisine", ActivityKind.WORK, LocalDate.of(2026, 5, 4), 120, LineStatus.VALIDATED),
            line("CACES chariot élévateur", ActivityKind.VOCATIONAL_TRAINING, LocalDate.of(2026, 4, 1), 240,
                    LineStatus.VALIDATED));

    private static CvContent build(boolean show) {
        return CvBuilder.build("Karim", "Benali", LINES,
                List.of(new CvContent.TrainingDone("SST", LocalDate.of(2026, 2, 10)),
                        new CvContent.TrainingDone("CACES chariot élévateur", LocalDate.of(2026, 4, 30))),
                List.of("Lecture de plans", "Travail en équipe"), ESTABLISHMENT, show);
    }

    @Test
    void experience_countsOnlyValidatedWork_byActivity_mostHoursFirst_withTheMonthsWorked() {
        CvContent cv = build(false);

        assertEquals(List.of(new CvContent.Experience("Atelier menuiserie", 420, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 15)), new CvContent.Experience("Cuisine", 120, LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 4))), cv.experience());
        assertEquals(7, cv.experience().get(0).hours());
        assertEquals(List.of("CACES chariot élévateur", "SST"), cv.trainings().stream().map(CvContent.TrainingDone::title)
                .toList(), "latest completed first");
        assertEquals("Karim Benali", cv.name());
    }

    @Test
    void cv_doesNotNameTheEstablishment_unlessTheDetaineeChose() throws IOException {
        CvContent hidden = build(false);
        String text = text(CvDocument.pdf(hidden));

        assertEquals(null, hidden.establishment());
        assertFalse(text.contains("InSERRE") || text.contains("Arras"), text);
        assertTrue(text.contains("Karim Benali") && text.contains("Atelier menuiserie") && text.contains("Lecture de plans"),
                text);

        CvContent shown = build(true);
        assertEquals(ESTABLISHMENT, shown.establishment());
        assertTrue(text(CvDocument.pdf(shown)).contains("Arras"));
    }

    @Test
    void cv_staysOnOnePage_whateverTheRecord() throws IOException {
        List<AttendanceLine> many = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<CvContent.TrainingDone> trainings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(line("Activité " + i, ActivityKind.WORK, LocalDate.of(2026, 1, 1).plusDays(i), 60 + i,
                    LineStatus.VALIDATED));
            skills.add("Compétence numéro " + i);
            trainings.add(new CvContent.TrainingDone("Formation " + i, LocalDate.of(2025, 1, 1).plusDays(i)));
        }
        CvContent cv = CvBuilder.build("A", "B", many, trainings, skills, ESTABLISHMENT, true);

        try (PDDocument pdf = Loader.loadPDF(CvDocument.pdf(cv))) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertEquals(CvBuilder.MAX_EXPERIENCE, cv.experience().size());
    }

    @Test
    void nothingYet_saysSo() throws IOException {
        CvContent empty = CvBuilder.build("A", "B", List.of(), List.of(), List.of(), ESTABLISHMENT, false);

        assertTrue(empty.nothingYet());
        assertTrue(text(CvDocument.pdf(empty)).contains("Rien à montrer"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
