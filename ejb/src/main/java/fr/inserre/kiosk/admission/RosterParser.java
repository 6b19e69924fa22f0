package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Cell;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a roster file line by line (never the whole file at once) and checks every line on its own:
 * what can be judged without the database. Valid lines go to the sink as {@link RosterRow}s, every
 * problem as an {@link ImportProblem} with its line and column; reading goes on after a problem of a
 * line, so that one pass reports them all. Problems of the whole file (not text, too large, not UTF-8,
 * wrong separator) stop the reading: the lines after them could not be trusted.
 *
 * <p>Format (the national system's export as this import expects it):
 * <pre>
 * numero_ecrou;nom;prenom;date_naissance;cellule;date_entree;date_liberation_prevue;statut;date_sortie
 * 26A0001;DUPONT;Jean;14/03/1990;A-001;05/01/2026;04/07/2027;PRESENT;
 * 25A0420;MARTIN;Ali;02/11/1985;;12/05/2025;;LIBERE;20/01/2026
 * </pre>
 * UTF-8 (byte-order mark accepted), semicolons, optional double quotes, DD/MM/YYYY dates, blank lines
 * ignored, at most {@link #MAX_BYTES} bytes. See {@link RosterColumn} for each column.
 */
public final class RosterParser {

    /** 8 MiB: a 10,000-line roster is about 1 MiB. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final char SEPARATOR = ';';
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PRISON_NUMBER = Pattern.compile("[A-Za-z0-9-]+");
    private static final int SNIFF_BYTES = 512;

    /** Where the rows and problems go, as they are found. */
    public interface Sink {
        void row(RosterRow row);

        void problem(ImportProblem problem);

        /** How many bytes of the file were read so far (for a progress bar). */
        default void bytesRead(long bytes) {
            // not followed
        }
    }

    private final LocalDate today;
    private final long maxBytes;

    public RosterParser(LocalDate today) {
        this(today, MAX_BYTES);
    }

    RosterParser(LocalDate today, long maxBytes) {
        this.today = today;
        this.maxBytes = maxBytes;
    }

    /** Reads the whole stream into the sink; returns the number of data lines read (blank lines excepted). */
    public int parse(InputStream raw, Sink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        if (!looksLikeText(in)) {
            sink.problem(new ImportProblem(1, null, ImportProblemKind.NOT_TEXT, null, null));
            return 0;
        }
        LimitedStream limited = new LimitedStream(in, maxBytes, sink);
        // Bad bytes become U+FFFD, so that the line (and column) where the encoding goes wrong is known;
        // the reader runs ahead of the lines, so an exception would not tell where.
        BufferedReader reader = new BufferedReader(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        int lineNumber = 0;
        int dataLines = 0;
        Map<RosterColumn, Integer> positions = null;
        int width = 0;
        Map<String, Integer> seen = new HashMap<>();
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.indexOf('\0') >= 0) {
                    sink.problem(new ImportProblem(lineNumber, null, ImportProblemKind.NOT_TEXT, null, null));
                    return dataLines;
                }
                if (line.isBlank()) {
                    continue;
                }
                int badByte = line.indexOf('\uFFFD');
                if (badByte >= 0) {
                    sink.problem(new ImportProblem(lineNumber, columnAt(line, badByte, positions),
                            ImportProblemKind.BAD_ENCODING, excerpt(line, badByte), null));
                    return dataLines;
                }
                if (positions == null) {
                    if (line.indexOf(SEPARATOR) < 0 && (line.indexOf(',') >= 0 || line.indexOf('\t') >= 0)) {
                        sink.problem(new ImportProblem(lineNumber, null, ImportProblemKind.BAD_SEPARATOR,
                                line.indexOf('\t') >= 0 ? "tab" : ",", ";"));
                        return dataLines;
                    }
                    List<String> names = split(line);
                    if (names == null) {
                        sink.problem(new ImportProblem(lineNumber, null, ImportProblemKind.UNCLOSED_QUOTE, null, null));
                        return dataLines;
                    }
                    positions = header(lineNumber, names, sink);
                    if (positions == null) {
                        return dataLines;
                    }
                    width = names.size();
                    continue;
                }
                dataLines++;
                RosterRow row = row(lineNumber, line, positions, width, seen, sink);
                if (row != null) {
                    sink.row(row);
                }
            }
        } catch (LimitExceeded tooLarge) {
            sink.problem(new ImportProblem(lineNumber + 1, null, ImportProblemKind.TOO_LARGE, null,
                    String.valueOf(maxBytes / (1024 * 1024))));
            return dataLines;
        }
        if (dataLines == 0) {
            sink.problem(new ImportProblem(Math.max(lineNumber, 1), null, ImportProblemKind.EMPTY_FILE, null, null));
        }
        return dataLines;
    }

    /** The column holding the character at this index of the line, if the header is known. */
    private static RosterColumn columnAt(String line, int index, Map<RosterColumn, Integer> positions) {
        if (positions == null) {
            return null;
        }
        int field = 0;
        for (int i = 0; i < index; i++) {
            if (line.charAt(i) == SEPARATOR) {
                field++;
            }
        }
        for (Map.Entry<RosterColumn, Integer> position : positions.entrySet()) {
            if (position.getValue() == field) {
                return position.getKey();
            }
        }
        return null;
    }

    /** The word around a bad character, so that staff find it in the file ("Ren?" for "René" in Latin-1). */
    private static String excerpt(String line, int index) {
        int from = index;
        while (from > 0 && line.charAt(from - 1) != SEPARATOR && index - from < 20) {
            from--;
        }
        int to = index + 1;
        while (to < line.length() && line.charAt(to) != SEPARATOR && to - index < 20) {
            to++;
        }
        return line.substring(from, to).replace('\uFFFD', '?');
    }

    /** Spreadsheets (zip), PDFs and other binary files have NUL bytes or known signatures at the start. */
    private static boolean looksLikeText(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] start = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (start.length >= 4 && (start[0] == 'P' && start[1] == 'K' || start[0] == '%' && start[1] == 'P'
                && start[2] == 'D' && start[3] == 'F')) {
            return false;
        }
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<RosterColumn, Integer> header(int lineNumber, List<String> names, Sink sink) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            for (RosterColumn column : RosterColumn.values()) {
                if (column.header().equals(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        boolean complete = true;
        for (RosterColumn column : RosterColumn.values()) {
            if (!positions.containsKey(column)) {
                sink.problem(new ImportProblem(lineNumber, column, ImportProblemKind.MISSING_COLUMN, null, null));
                complete = false;
            }
        }
        return complete ? positions : null;
    }

    /** The line as a row, or null when it has a problem; {@code seen}: the prison numbers met, and where. */
    private RosterRow row(int lineNumber, String line, Map<RosterColumn, Integer> positions, int width,
            Map<String, Integer> seen, Sink sink) {
        List<String> fields = split(line);
        if (fields == null) {
            sink.problem(new ImportProblem(lineNumber, null, ImportProblemKind.UNCLOSED_QUOTE, null, null));
            return null;
        }
        if (fields.size() != width) {
            sink.problem(new ImportProblem(lineNumber, null, ImportProblemKind.FIELD_COUNT,
                    String.valueOf(fields.size()), String.valueOf(width)));
            return null;
        }
        LineCheck check = new LineCheck(lineNumber, fields, positions, sink);
        String prisonNumber = check.text(RosterColumn.PRISON_NUMBER, true, Detainee.PRISON_NUMBER_MAX);
        if (prisonNumber != null && !PRISON_NUMBER.matcher(prisonNumber).matches()) {
            check.fail(RosterColumn.PRISON_NUMBER, ImportProblemKind.BAD_PRISON_NUMBER, prisonNumber, null);
        } else if (prisonNumber != null) {
            // Checked whatever else is wrong on either line: both lines must be fixed.
            prisonNumber = prisonNumber.toUpperCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(prisonNumber, lineNumber);
            if (first != null) {
                check.fail(RosterColumn.PRISON_NUMBER, ImportProblemKind.DUPLICATE_PRISON_NUMBER, prisonNumber,
                        String.valueOf(first));
            }
        }
        String lastName = check.text(RosterColumn.LAST_NAME, true, Detainee.NAME_MAX);
        String firstName = check.text(RosterColumn.FIRST_NAME, true, Detainee.NAME_MAX);
        LocalDate birth = check.date(RosterColumn.BIRTH_DATE, true);
        LocalDate entry = check.date(RosterColumn.ENTRY_DATE, true);
        LocalDate expected = check.date(RosterColumn.EXPECTED_RELEASE_DATE, false);
        String statusText = check.text(RosterColumn.STATUS, true, Integer.MAX_VALUE);
        RosterStatus status = statusText == null ? null : RosterStatus.parse(statusText);
        if (statusText != null && status == null) {
            check.fail(RosterColumn.STATUS, ImportProblemKind.BAD_STATUS, statusText, "PRESENT, LIBERE, TRANSFERE");
        }
        boolean present = status == RosterStatus.PRESENT;
        String cell = present ? check.text(RosterColumn.CELL, true, Cell.LABEL_MAX) : null;
        LocalDate exit = status != null && !present ? check.date(RosterColumn.EXIT_DATE, true) : null;
        if (birth != null && entry != null && birth.isAfter(entry)) {
            check.fail(RosterColumn.BIRTH_DATE, ImportProblemKind.IMPOSSIBLE_DATE, check.raw(RosterColumn.BIRTH_DATE),
                    check.raw(RosterColumn.ENTRY_DATE));
        }
        if (expected != null && entry != null && expected.isBefore(entry)) {
            check.fail(RosterColumn.EXPECTED_RELEASE_DATE, ImportProblemKind.RELEASE_BEFORE_ENTRY,
                    check.raw(RosterColumn.EXPECTED_RELEASE_DATE), check.raw(RosterColumn.ENTRY_DATE));
        }
        if (exit != null && entry != null && exit.isBefore(entry)) {
            check.fail(RosterColumn.EXIT_DATE, ImportProblemKind.RELEASE_BEFORE_ENTRY, check.raw(RosterColumn.EXIT_DATE),
                    check.raw(RosterColumn.ENTRY_DATE));
        }
        if (exit != null && exit.isAfter(today)) {
            check.fail(RosterColumn.EXIT_DATE, ImportProblemKind.IMPOSSIBLE_DATE, check.raw(RosterColumn.EXIT_DATE),
                    today.format(DATE));
        }
        return check.ok ? new RosterRow(lineNumber, prisonNumber, lastName, firstName, birth,
                cell, entry, expected, status, exit) : null;
    }

    /** The fields of one line, or null for an unclosed quote. Quotes: "a;b" and "say ""hi""". */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /** The checks of one line; {@code ok} turns false at the first problem (all are still reported). */
    private static final class LineCheck {
        private final int line;
        private final List<String> fields;
        private final Map<RosterColumn, Integer> positions;
        private final Sink sink;
        private boolean ok = true;

        LineCheck(int line, List<String> fields, Map<RosterColumn, Integer> positions, Sink sink) {
            this.line = line;
            this.fields = fields;
            this.positions = positions;
            this.sink = sink;
        }

        String raw(RosterColumn column) {
            return fields.get(positions.get(column)).strip();
        }

        String text(RosterColumn column, boolean required, int max) {
            String value = raw(column);
            if (value.isEmpty()) {
                if (required) {
                    fail(column, ImportProblemKind.MISSING_FIELD, null, null);
                }
                return null;
            }
            if (value.length() > max) {
                fail(column, ImportProblemKind.TOO_LONG, value, String.valueOf(max));
                return null;
            }
            return value;
        }

        LocalDate date(RosterColumn column, boolean required) {
            String value = text(column, required, Integer.MAX_VALUE);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException notADate) {
                fail(column, ImportProblemKind.BAD_DATE, value, "JJ/MM/AAAA");
                return null;
            }
        }

        void fail(RosterColumn column, ImportProblemKind kind, String value, String detail) {
            ok = false;
            sink.problem(new ImportProblem(line, column, kind, value, detail));
        }
    }

    private static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Tells the sink how much was read, and fails the reading once more than the limit has been. */
    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private final Sink sink;
        private long count;

        LimitedStream(InputStream in, long limit, Sink sink) {
            super(in);
            this.limit = limit;
            this.sink = sink;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws LimitExceeded {
            count += n;
            sink.bytesRead(count);
            if (count > limit) {
                throw new LimitExceeded();
            }
        }
    }
}
