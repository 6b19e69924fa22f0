package fr.inserre.kiosk.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * One A4 document of an establishment (relevé d'heures, attestation…): a header naming the
 * establishment, a title, labelled lines, section headings, tables whose header row repeats on every
 * page, and a footer line (signature, verification code). DejaVu Sans is embedded, so names print
 * whatever their Latin or Cyrillic accents (Ș, Ț, Ł…), not only those of Latin-1; Arabic letters are
 * printed unjoined (no shaping in OpenPDF without a layout engine), which is why documents carry
 * names as the national system writes them, in Latin letters.
 *
 * <p>Not thread-safe: one instance per document, {@link #finish()} once.
 */
public final class PdfSheet {

    private static final String FONTS = "/fr/inserre/kiosk/document/fonts/";
    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 56);
    private final Font text = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8, Font.NORMAL, RULE);
    private final Font strong = new Font(BOLD, 10);
    private final Font heading = new Font(BOLD, 12);
    private final Font title = new Font(BOLD, 16);

    private PdfSheet(String header, String documentTitle) {
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("InSERRE Kiosk");
        document.open();
        add(new Paragraph(header, small));
        Paragraph titled = new Paragraph(documentTitle, title);
        titled.setSpacingBefore(8);
        titled.setSpacingAfter(12);
        add(titled);
    }

    /** Starts a document: the header line (establishment, address…) above its title. */
    public static PdfSheet a4(String header, String documentTitle) {
        return new PdfSheet(header, documentTitle);
    }

    /** A labelled line: "label : value", the label in bold. */
    public PdfSheet line(String label, String value) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(label + " : ", strong));
        line.add(new Chunk(value == null ? "" : value, text));
        return add(line);
    }

    /** A section heading, with room above it. */
    public PdfSheet heading(String words) {
        Paragraph section = new Paragraph(words, heading);
        section.setSpacingBefore(12);
        section.setSpacingAfter(6);
        return add(section);
    }

    /** A paragraph of running text. */
    public PdfSheet paragraph(String words) {
        Paragraph paragraph = new Paragraph(words, text);
        paragraph.setSpacingBefore(4);
        return add(paragraph);
    }

    /**
     * A table: its header row (repeated on every page), its rows, relative column widths, the columns
     * aligned right (amounts, hours) and whether the last row is a total (in bold).
     */
    public PdfSheet table(List<String> headers, List<List<String>> rows, float[] widths, Set<Integer> rightAligned,
            boolean lastRowIsTotal) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " headers for " + widths.length + " widths");
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (int column = 0; column < headers.size(); column++) {
            PdfPCell cell = cell(headers.get(column), strong, rightAligned.contains(column));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (int row = 0; row < rows.size(); row++) {
            List<String> values = rows.get(row);
            if (values.size() != headers.size()) {
                throw new IllegalArgumentException("row " + row + " has " + values.size() + " cells");
            }
            Font font = lastRowIsTotal && row == rows.size() - 1 ? strong : text;
            for (int column = 0; column < values.size(); column++) {
                table.addCell(cell(values.get(column), font, rightAligned.contains(column)));
            }
        }
        return add(table);
    }

    /** Small print at this point of the document (signature block, verification code, legal notice). */
    public PdfSheet note(String words) {
        Paragraph note = new Paragraph(words, small);
        note.setSpacingBefore(10);
        return add(note);
    }

    /** Closes the document and gives its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfPCell cell(String value, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        return cell;
    }

    private PdfSheet add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF element refused", e);
        }
        return this;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfSheet.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
