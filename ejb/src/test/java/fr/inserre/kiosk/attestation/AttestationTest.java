package fr.inserre.kiosk.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.LineStatus;
import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AttestationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private long ids;

    private AttendanceLine line(long activity, String title, ActivityKind kind, LocalDate day, int minutes,
            boolean validated) {
        return new AttendanceLine(++ids, 1, ids, day, Instant.EPOCH, Instant.EPOCH, activity, title, kind, null, null,
                false, AttendanceStatus.PRESENT, null, null, minutes, null,
                validated ? LineStatus.VALIDATED : LineStatus.PENDING);
    }

    private List<AttestationLine> content() {
        return AttestationContent.lines(List.of(
                line(2, "CAP cuisine", ActivityKind.VOCATIONAL_TRAINING, LocalDate.of(2026, 9, 3), 180, true),
                line(1, "Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 9, 2), 210, true),
                line(1, "Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 10, 20), 200, true),
                line(1, "Atelier menuiserie", ActivityKind.WORK, LocalDate.of(2026, 10, 27), 999, false),
                line(3, "Football", ActivityKind.SPORT_CULTURE, LocalDate.of(2026, 9, 9), 60, true)),
                List.of(new AttestationContent.CompletedTraining(ActivityKind.VOCATIONAL_TRAINING, "SST",
                        LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 18))));
    }

    private HoursAttestation attestation(String code) {
        return new HoursAttestation(new HoursAttestation.Subject(7, "InSERRE Arras", 1, "Julien MARTIN", "2026A001",
                LocalDate.of(1990, 5, 4), FROM, TO), new HoursAttestation.Issue(code, Instant.parse("2026-11-02T09:00:00Z"),
                "travail", "Claire ROUSSEL", "DIRECTION,WORK_MANAGER", false), content());
    }

    @Test
    void content_attestsValidatedHoursOnly_workFirst_thenTraining_thenOthers_thenTrainingsCompleted() {
        List<AttestationLine> lines = content();

        assertEquals(4, lines.size());
        assertEquals("Atelier menuiserie", lines.get(0).getTitle());
        assertEquals(410, lines.get(0).getMinutes(), "the pending 999 minutes are not attested");
        assertEquals(LocalDate.of(2026, 9, 2), lines.get(0).getFirstDay());
        assertEquals(LocalDate.of(2026, 10, 20), lines.get(0).getLastDay());
        assertEquals("CAP cuisine", lines.get(1).getTitle());
        assertEquals("Football", lines.get(2).getTitle());
        assertEquals(AttestationLine.Type.TRAINING, lines.get(3).getType());
    }

    @Test
    void attestation_totalsByKind_andItsDigestSeesAnyChange() throws Exception {
        HoursAttestation attestation = attestation("7KQ2-M9XD-4TBR");

        assertEquals(410, attestation.getWorkMinutes());
        assertEquals(180, attestation.getTrainingMinutes());
        assertEquals(60, attestation.getOtherMinutes());
        assertEquals(650, attestation.totalMinutes());
        assertTrue(attestation.isIntact());
        assertEquals(64, attestation.getContentDigest().length());
        assertNotEquals(attestation.getContentDigest(), attestation("7KQ2-M9XD-4TBS").getContentDigest());

        Field work = HoursAttestation.class.getDeclaredField("workMinutes");
        work.setAccessible(true);
        work.setInt(attestation, 4100);
        assertFalse(attestation.isIntact(), "a changed total no longer matches the digest");
    }

    @Test
    void codes_areRandom_readable_andTypedBackInAnyForm() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.next();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertEquals("7KQ2-M9XD-4TB0", VerificationCodes.normalise(" 7kq2 m9xd 4tbo "));
        assertEquals("1KQ2-M9XD-4TB1", VerificationCodes.normalise("IKQ2M9XD4TBL"));
        assertNull(VerificationCodes.normalise("7KQ2-M9XD"));
        assertNull(VerificationCodes.normalise("7KQ2-M9XD-4TB!"));
        assertNull(VerificationCodes.normalise(null));
    }

    @Test
    void pdf_saysTheTotalsTrainingsIssuerAndCode_butNeitherPrisonNumberNorAnythingElseAboutDetention()
            throws IOException {
        byte[] pdf = AttestationPdf.render(attestation("7KQ2-M9XD-4TBR"), new DocumentTexts(Locale.FRENCH));

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replaceAll(" +", " ");
        }
        assertTrue(text.contains("Attestation d'heures et de formations"), text);
        assertTrue(text.contains("Julien MARTIN") && text.contains("04/05/1990"), text);
        assertTrue(text.contains("du 01/09/2026 au 31/10/2026"), text);
        assertTrue(text.contains("Total travail 6 h 50"), text);
        assertTrue(text.contains("Total formation et enseignement 3 h 00"), text);
        assertTrue(text.contains("Total général 10 h 50"), text);
        assertTrue(text.contains("SST 07/09/2026 – 18/09/2026"), text);
        assertTrue(text.contains("Claire ROUSSEL") && text.contains("Direction, Responsable du travail"), text);
        assertTrue(text.contains("7KQ2-M9XD-4TBR"), text);
        assertFalse(text.contains("2026A001"), "no prison number on a paper shown outside");
        assertFalse(text.toLowerCase(Locale.FRENCH).contains("écrou"), text);
    }
}
