package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.document.PdfSheet;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The CV as a one-page A4 PDF (DejaVu embedded, through {@link PdfSheet}), in French for the employers
 * who read it: the name as title, skills, trainings completed, work experience with hours and months.
 * Its header says "Curriculum vitae", never the establishment; the establishment appears in one line only
 * when the detainee chose to show it.
 */
public final class CvDocument {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private CvDocument() {
    }

    public static byte[] pdf(CvContent cv) {
        PdfSheet sheet = PdfSheet.a4(CitizenWords.french("cv.header"), cv.name());
        if (cv.establishment() != null) {
            sheet.paragraph(CitizenWords.french("cv.establishment", cv.establishment()));
        }
        if (cv.nothingYet()) {
            sheet.paragraph(CitizenWords.french("cv.empty"));
        }
        if (!cv.skills().isEmpty()) {
            sheet.heading(CitizenWords.french("cv.skills"));
            cv.skills().forEach(skill -> sheet.paragraph("• " + skill));
        }
        if (!cv.trainings().isEmpty()) {
            sheet.heading(CitizenWords.french("cv.trainings"));
            cv.trainings().forEach(t -> sheet.line(t.title(),
                    CitizenWords.french("cv.completedOn", MONTH.format(t.completedOn()))));
        }
        if (!cv.experience().isEmpty()) {
            sheet.heading(CitizenWords.french("cv.experience"));
            cv.experience().forEach(e -> sheet.line(e.title(), CitizenWords.french("cv.period", MONTH.format(e.from()),
                    MONTH.format(e.to())) + " — " + CitizenWords.french("cv.hours", e.hours())));
        }
        return sheet.finish();
    }
}
