package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.ReleaseReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The roster file format and every problem it can have, each with its line and column: the committed
 * corpus under src/test/resources/roster (BOM, wrong separator, Latin-1, truncated line, duplicate,
 * release before entry) and small files written here.
 */
class RosterParserTest {

    static final String HEADER =
            "numero_ecrou;nom;prenom;date_naissance;cellule;date_entree;date_liberation_prevue;statut;date_sortie\n";
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    /** What one parse found. */
    record Found(List<RosterRow> rows, List<ImportProblem> problems, int lines) {

        ImportProblem only() {
            assertEquals(1, problems.size(), problems::toString);
            return problems.get(0);
        }
    }

    static Found parse(InputStream in) throws IOException {
        return parse(in, RosterParser.MAX_BYTES);
    }

    static Found parse(InputStream in, long maxBytes) throws IOException {
        List<RosterRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int lines = new RosterParser(TODAY, maxBytes).parse(in, new RosterParser.Sink() {
            @Override
            public void row(RosterRow row) {
                rows.add(row);
            }

            @Override
            public void problem(ImportProblem problem) {
                problems.add(problem);
            }
        });
        return new Found(rows, problems, lines);
    }

    static Found corpus(String name) throws IOException {
        try (InputStream in = RosterParserTest.class.getResourceAsStream("/roster/" + name)) {
            assertNotNull(in, name);
            return parse(in);
        }
    }

    static Found text(String body) throws IOException {
        return parse(new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
    }

    static void assertProblem(ImportProblem problem, int line, RosterColumn column, ImportProblemKind kind) {
        assertEquals(kind, problem.kind(), problem::toString);
        assertEquals(line, problem.line(), problem::toString);
        assertEquals(column, problem.column(), problem::toString);
    }

    @Test
    void validFile_withBomQuotesAccentsAndBlankLine_givesEveryRow() throws IOException {
        Found found = corpus("valid-with-bom.csv");

        assertEquals(List.of(), found.problems());
        assertEquals(4, found.lines());
        RosterRow first = found.rows().get(0);
        assertEquals("26A0001", first.prisonNumber());
        assertEquals(LocalDate.of(1990, 3, 14), first.birthDate());
        assertEquals(LocalDate.of(2027, 7, 4), first.expectedReleaseDate());
        assertEquals("A-001", first.cell());
        assertEquals("N'DIAYE; dit \"Mo\"", found.rows().get(1).lastName());
        assertEquals(RosterStatus.PRESENT, found.rows().get(1).status(), "Présent reads as PRESENT");
        RosterRow released = found.rows().get(2);
        assertEquals(5, released.line(), "the blank line counts");
        assertEquals(RosterStatus.RELEASED, released.status());
        assertNull(released.cell(), "no cell once released");
        assertEquals(LocalDate.of(2026, 1, 20), released.exitDate());
        assertEquals(ReleaseReason.TRANSFERRED, found.rows().get(3).status().releaseReason());
        assertEquals("Hélène", found.rows().get(3).firstName());
    }

    @Test
    void commaSeparatedFile_isRefusedAtLine1_asWrongSeparator() throws IOException {
        ImportProblem problem = corpus("wrong-separator.csv").only();

        assertProblem(problem, 1, null, ImportProblemKind.BAD_SEPARATOR);
        assertEquals(",", problem.value());
    }

    @Test
    void tabSeparatedFile_isRefusedAsWrongSeparator() throws IOException {
        Found found = parse(new ByteArrayInputStream(HEADER.replace(';', '\t').getBytes(StandardCharsets.UTF_8)));

        assertProblem(found.only(), 1, null, ImportProblemKind.BAD_SEPARATOR);
        assertEquals("tab", found.only().value());
    }

    @Test
    void latin1File_isRefusedAtTheFirstAccent_withLineColumnAndWord() throws IOException {
        Found found = corpus("latin1.csv");

        ImportProblem problem = found.only();
        assertProblem(problem, 3, RosterColumn.LAST_NAME, ImportProblemKind.BAD_ENCODING);
        assertEquals("Ren?", problem.value());
    }

    @Test
    void truncatedLine_isReported_andTheOtherLinesStillRead() throws IOException {
        Found found = corpus("truncated.csv");

        ImportProblem problem = found.only();
        assertProblem(problem, 3, null, ImportProblemKind.FIELD_COUNT);
        assertEquals("4", problem.value());
        assertEquals("9", problem.detail());
        assertEquals(2, found.rows().size());
    }

    @Test
    void duplicatePrisonNumber_ignoringCase_namesTheFirstLine() throws IOException {
        ImportProblem problem = corpus("duplicate.csv").only();

        assertProblem(problem, 4, RosterColumn.PRISON_NUMBER, ImportProblemKind.DUPLICATE_PRISON_NUMBER);
        assertEquals("26A0001", problem.value());
        assertEquals("2", problem.detail());
    }

    @Test
    void duplicateOfALineWithAnotherProblem_isStillReported() throws IOException {
        Found found = text("""
                26A0001;DUPONT;Jean;14/03/1990;A-001;31/02/2026;;PRESENT;
                26A0001;MARTIN;Ali;14/03/1990;A-002;05/01/2026;;PRESENT;
                """);

        assertEquals(2, found.problems().size(), found.problems()::toString);
        assertProblem(found.problems().get(0), 2, RosterColumn.ENTRY_DATE, ImportProblemKind.BAD_DATE);
        assertProblem(found.problems().get(1), 3, RosterColumn.PRISON_NUMBER, ImportProblemKind.DUPLICATE_PRISON_NUMBER);
    }

    @Test
    void expectedOrActualReleaseBeforeEntry_isReportedOnItsColumn() throws IOException {
        Found found = corpus("release-before-entry.csv");

        assertEquals(2, found.problems().size(), found.problems()::toString);
        assertProblem(found.problems().get(0), 2, RosterColumn.EXPECTED_RELEASE_DATE,
                ImportProblemKind.RELEASE_BEFORE_ENTRY);
        assertProblem(found.problems().get(1), 3, RosterColumn.EXIT_DATE, ImportProblemKind.RELEASE_BEFORE_ENTRY);
        assertEquals("01/12/2025", found.problems().get(1).value());
        assertEquals("05/01/2026", found.problems().get(1).detail());
    }

    @Test
    void everyProblemOfEveryLine_isReportedInOnePass() throws IOException {
        Found found = text("""
                26A0001;DUPONT;;14/03/1990;A-001;31/02/2026;;PRESENT;
                26A 0002;DURAND;Paul;1990-03-14;A-002;05/01/2026;;ABSENT;
                26A0003;PETIT;Luc;01/01/1980;;05/01/2026;;PRESENT;
                25A0004;ROUX;Léa;01/01/1980;;05/01/2025;;LIBERE;
                """);

        List<ImportProblem> problems = found.problems();
        assertEquals(7, problems.size(), problems::toString);
        assertProblem(problems.get(0), 2, RosterColumn.FIRST_NAME, ImportProblemKind.MISSING_FIELD);
        assertProblem(problems.get(1), 2, RosterColumn.ENTRY_DATE, ImportProblemKind.BAD_DATE);
        assertEquals("31/02/2026", problems.get(1).value());
        assertProblem(problems.get(2), 3, RosterColumn.PRISON_NUMBER, ImportProblemKind.BAD_PRISON_NUMBER);
        assertProblem(problems.get(3), 3, RosterColumn.BIRTH_DATE, ImportProblemKind.BAD_DATE);
        assertProblem(problems.get(4), 3, RosterColumn.STATUS, ImportProblemKind.BAD_STATUS);
        assertProblem(problems.get(5), 4, RosterColumn.CELL, ImportProblemKind.MISSING_FIELD);
        assertProblem(problems.get(6), 5, RosterColumn.EXIT_DATE, ImportProblemKind.MISSING_FIELD);
        assertEquals(List.of(), found.rows(), "no line with a problem becomes a row");
    }

    @Test
    void impossibleDates_birthAfterEntry_andExitAfterToday_areReported() throws IOException {
        Found found = text("""
                26A0001;DUPONT;Jean;06/01/2026;A-001;05/01/2026;;PRESENT;
                25A0002;DURAND;Paul;01/01/1980;;05/01/2025;;LIBERE;02/02/2026
                """);

        assertProblem(found.problems().get(0), 2, RosterColumn.BIRTH_DATE, ImportProblemKind.IMPOSSIBLE_DATE);
        assertProblem(found.problems().get(1), 3, RosterColumn.EXIT_DATE, ImportProblemKind.IMPOSSIBLE_DATE);
    }

    @Test
    void tooLongName_andUnclosedQuote_areReported() throws IOException {
        Found found = text("26A0001;" + "X".repeat(81) + ";Jean;14/03/1990;A-001;05/01/2026;;PRESENT;\n"
                + "26A0002;\"DURAND;Paul;14/03/1990;A-002;05/01/2026;;PRESENT;\n");

        assertProblem(found.problems().get(0), 2, RosterColumn.LAST_NAME, ImportProblemKind.TOO_LONG);
        assertEquals("80", found.problems().get(0).detail());
        assertProblem(found.problems().get(1), 3, null, ImportProblemKind.UNCLOSED_QUOTE);
    }

    @Test
    void missingColumns_areEachNamed_andStopTheReading() throws IOException {
        Found found = parse(new ByteArrayInputStream(
                "numero_ecrou;nom;prenom;cellule;date_entree;statut\n26A0001;A;B;A-001;05/01/2026;PRESENT\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertEquals(3, found.problems().size(), found.problems()::toString);
        assertProblem(found.problems().get(0), 1, RosterColumn.BIRTH_DATE, ImportProblemKind.MISSING_COLUMN);
        assertProblem(found.problems().get(1), 1, RosterColumn.EXPECTED_RELEASE_DATE, ImportProblemKind.MISSING_COLUMN);
        assertProblem(found.problems().get(2), 1, RosterColumn.EXIT_DATE, ImportProblemKind.MISSING_COLUMN);
    }

    @Test
    void columnsInAnotherOrder_withAnExtraColumn_areRead() throws IOException {
        Found found = parse(new ByteArrayInputStream(("STATUT;Cellule;numero_ecrou;nom;prenom;date_naissance;"
                + "date_entree;date_liberation_prevue;date_sortie;quartier\n"
                + "PRESENT;B-004;26B0001;MOREAU;Nina;01/02/2000;10/01/2026;;;Nord\n").getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(), found.problems());
        assertEquals("B-004", found.rows().get(0).cell());
        assertEquals("26B0001", found.rows().get(0).prisonNumber());
    }

    @Test
    void spreadsheetOrBinaryFile_isRefusedAsNotText() throws IOException {
        Found zip = parse(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}));
        Found binary = parse(new ByteArrayInputStream(new byte[] {'a', 'b', 0, 'c'}));

        assertProblem(zip.only(), 1, null, ImportProblemKind.NOT_TEXT);
        assertProblem(binary.only(), 1, null, ImportProblemKind.NOT_TEXT);
    }

    @Test
    void emptyFile_andHeaderOnly_areRefusedAsEmpty() throws IOException {
        assertProblem(parse(new ByteArrayInputStream(new byte[0])).only(), 1, null, ImportProblemKind.EMPTY_FILE);
        assertProblem(text("\n").only(), 2, null, ImportProblemKind.EMPTY_FILE);
    }

    @Test
    void fileOverTheLimit_isRefused_withoutReadingFurther() throws IOException {
        byte[] body = (HEADER + "26A0001;DUPONT;Jean;14/03/1990;A-001;05/01/2026;;PRESENT;\n".repeat(100))
                .getBytes(StandardCharsets.UTF_8);

        Found found = parse(new ByteArrayInputStream(body), 1024);

        assertEquals(ImportProblemKind.TOO_LARGE, found.problems().get(found.problems().size() - 1).kind());
    }

    @Test
    void tenThousandLines_areStreamed_withoutTheFileInMemory() throws IOException {
        int lines = 10_000;
        Iterator<InputStream> generated = new Iterator<>() {
            int line;

            @Override
            public boolean hasNext() {
                return line <= lines;
            }

            @Override
            public InputStream next() {
                String text = line == 0 ? HEADER : String.format("26X%05d;NOM%d;Prénom;01/01/1990;C-%05d;05/01/2026;;PRESENT;%n",
                        line, line, line);
                line++;
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        long started = System.nanoTime();

        Found found = parse(new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return generated.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return generated.next();
            }
        }));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of(), found.problems());
        assertEquals(lines, found.rows().size());
        assertEquals(lines + 1, found.rows().get(lines - 1).line());
        // A guard against pathological (e.g. quadratic) parsing, not a benchmark: 0.2-1 s on a quiet machine,
        // 8 s seen with four test suites sharing two cores.
        assertTrue(millis < 60_000, "10,000 lines parsed in " + millis + " ms");
    }

    @Test
    void everyProblemKind_hasASentence_inFrenchAndEnglish_withItsLineUnlessOfTheWholeFile() throws IOException {
        for (String bundle : List.of("fr/inserre/kiosk/messages.properties", "fr/inserre/kiosk/messages_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ImportProblemKind kind : ImportProblemKind.values()) {
                ImportProblem problem = new ImportProblem(42, RosterColumn.CELL, kind, "V-9", "D-8");
                String pattern = messages.getProperty(problem.messageKey());
                assertNotNull(pattern, bundle + " " + problem.messageKey());
                String shown = new java.text.MessageFormat(pattern).format(problem.arguments());
                boolean wholeFile = kind == ImportProblemKind.NOT_TEXT || kind == ImportProblemKind.TOO_LARGE;
                assertTrue(wholeFile || shown.contains("42"), shown);
                assertTrue(!shown.contains("{") && !shown.contains("}"), shown);
            }
        }
    }
}
