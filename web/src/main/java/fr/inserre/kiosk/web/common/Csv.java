package fr.inserre.kiosk.web.common;

/**
 * CSV for French spreadsheets: {@code ;}-separated lines ending in CRLF; a text is quoted when it holds
 * a separator, a quote or a line break, and a leading =, +, - or @ is neutralised (no formula injection).
 */
public final class Csv {

    /** The byte-order mark that tells spreadsheets the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
