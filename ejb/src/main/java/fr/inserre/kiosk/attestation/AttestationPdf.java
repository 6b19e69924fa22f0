package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.document.PdfSheet;
import fr.inserre.kiosk.document.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attestation as a PDF, printed from what was stored when it was issued: the establishment (its
 * name only), the person (name, birth date), the period, the validated hours per activity with the
 * totals of work and training, the trainings completed with their dates, the issuer (name, role,
 * date) and the verification code. Nothing else about the person: no offence, no prison number, no
 * cell, nothing that an employer need not read.
 */
public final class AttestationPdf {

    private static final float[] HOURS_WIDTHS = {46, 30, 14};
    private static final float[] TRAINING_WIDTHS = {60, 30};

    private AttestationPdf() {
    }

    public static byte[] render(HoursAttestation attestation, DocumentTexts texts) {
        PdfSheet sheet = PdfSheet.a4(texts.text("header", attestation.getEstablishmentName()),
                texts.text("attestation.title"));
        sheet.paragraph(texts.text("attestation.intro", attestation.getEstablishmentName(),
                texts.date(attestation.getPeriodFrom()), texts.date(attestation.getPeriodTo())));
        sheet.line(texts.text("detainee.name"), attestation.getDetaineeName());
        if (attestation.getBirthDate() != null) {
            sheet.line(texts.text("detainee.birthDate"), texts.date(attestation.getBirthDate()));
        }
        sheet.line(texts.text("attestation.period"), texts.text("attestation.periodValue",
                texts.date(attestation.getPeriodFrom()), texts.date(attestation.getPeriodTo())));

        sheet.heading(texts.text("attestation.hours"));
        List<List<String>> rows = new ArrayList<>();
        for (AttestationLine line : attestation.hoursLines()) {
            rows.add(List.of(line.getTitle() + " (" + texts.text("kind." + line.getKind().name()) + ")",
                    texts.date(line.getFirstDay()) + " – " + texts.date(line.getLastDay()),
                    DocumentTexts.hours(line.getMinutes())));
        }
        if (rows.isEmpty()) {
            sheet.paragraph(texts.text("attestation.noHours"));
        } else {
            rows.add(List.of(texts.text("attestation.totalWork"), "", DocumentTexts.hours(attestation.getWorkMinutes())));
            rows.add(List.of(texts.text("attestation.totalTraining"), "",
                    DocumentTexts.hours(attestation.getTrainingMinutes())));
            if (attestation.getOtherMinutes() > 0) {
                rows.add(List.of(texts.text("attestation.totalOther"), "",
                        DocumentTexts.hours(attestation.getOtherMinutes())));
            }
            rows.add(List.of(texts.text("attestation.total"), "", DocumentTexts.hours(attestation.totalMinutes())));
            sheet.table(List.of(texts.text("attestation.activity"), texts.text("attestation.dates"),
                    texts.text("attestation.hoursColumn")), rows, HOURS_WIDTHS, Set.of(2), true);
        }

        sheet.heading(texts.text("attestation.trainings"));
        List<AttestationLine> trainings = attestation.trainingsCompleted();
        if (trainings.isEmpty()) {
            sheet.paragraph(texts.text("attestation.noTraining"));
        } else {
            List<List<String>> done = new ArrayList<>();
            for (AttestationLine line : trainings) {
                done.add(List.of(line.getTitle(), texts.date(line.getFirstDay()) + " – " + texts.date(line.getLastDay())));
            }
            sheet.table(List.of(texts.text("attestation.training"), texts.text("attestation.dates")), done,
                    TRAINING_WIDTHS, Set.of(), false);
        }

        sheet.heading(texts.text("attestation.signed"));
        sheet.line(texts.text("attestation.issuer"), attestation.getIssuerName())
                .line(texts.text("attestation.role"), Signatory.roles(attestation.getIssuerRoles(), texts))
                .line(texts.text("attestation.issuedOn"), texts.dateTime(attestation.getIssuedAt()))
                .line(texts.text("attestation.code"), attestation.getCode());
        sheet.note(texts.text("attestation.verifyHint", attestation.getEstablishmentName(), attestation.getCode()));
        return sheet.finish();
    }
}
