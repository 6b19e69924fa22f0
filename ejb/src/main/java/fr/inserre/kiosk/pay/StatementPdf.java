package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.document.PdfSheet;
import fr.inserre.kiosk.document.Signatory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The relevé d'heures as a PDF (for the detainee and the accounts office): the establishment, the
 * detainee's name and prison number, the validated lines (activity, period, hours, hourly rate,
 * amount) with their total, the pending lines apart, who generated it and when. One statement per
 * page when several are printed together.
 */
public final class StatementPdf {

    private static final float[] WIDTHS = {34, 18, 12, 14, 14};
    private static final Set<Integer> RIGHT = Set.of(2, 3, 4);

    private StatementPdf() {
    }

    public static byte[] render(String establishmentName, List<MonthlyStatement> statements, Signatory.Signer by,
            Instant at, DocumentTexts texts) {
        String monthName = texts.text("statement.month." + statements.get(0).month().getMonthValue(),
                String.valueOf(statements.get(0).month().getYear()));
        PdfSheet sheet = PdfSheet.a4(texts.text("header", establishmentName), texts.text("statement.title", monthName));
        boolean first = true;
        for (MonthlyStatement statement : statements) {
            if (!first) {
                sheet.newPage().heading(texts.text("statement.title", monthName));
            }
            first = false;
            page(sheet, statement, texts);
            sheet.note(texts.text("statement.generated", by.name(), Signatory.roles(by.roles(), texts),
                    texts.dateTime(at)));
        }
        return sheet.finish();
    }

    private static void page(PdfSheet sheet, MonthlyStatement statement, DocumentTexts texts) {
        sheet.line(texts.text("detainee.name"), statement.displayName())
                .line(texts.text("detainee.prisonNumber"), statement.prisonNumber());
        List<String> headers = List.of(texts.text("statement.activity"), texts.text("statement.period"),
                texts.text("statement.hours"), texts.text("statement.rate"), texts.text("statement.amount"));
        sheet.heading(texts.text("statement.validated"));
        List<List<String>> rows = rows(statement.validatedLines(), texts);
        rows.add(List.of(texts.text("statement.total"), "", DocumentTexts.hours(statement.validatedMinutes()), "",
                texts.euros(statement.validatedAmount().amount())));
        sheet.table(headers, rows, WIDTHS, RIGHT, true);
        if (!statement.pendingLines().isEmpty()) {
            sheet.heading(texts.text("statement.pending"));
            List<List<String>> pending = rows(statement.pendingLines(), texts);
            pending.add(List.of(texts.text("statement.total"), "", DocumentTexts.hours(statement.pendingMinutes()), "",
                    texts.euros(statement.pendingAmount().amount())));
            sheet.table(headers, pending, WIDTHS, RIGHT, true);
            sheet.paragraph(texts.text("statement.pendingHint"));
        }
        sheet.paragraph(texts.text("statement.due", texts.euros(statement.validatedAmount().amount())));
    }

    private static List<List<String>> rows(List<StatementLine> lines, DocumentTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        for (StatementLine line : lines) {
            rows.add(List.of(line.activityTitle(), texts.date(line.firstDay()) + " – " + texts.date(line.lastDay()),
                    DocumentTexts.hours(line.minutes()),
                    line.rate().isPaid() ? texts.euros(line.rate().perHour().amount()) : texts.text("statement.unpaid"),
                    texts.euros(line.amount().amount())));
        }
        return rows;
    }
}
