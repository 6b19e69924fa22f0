package fr.inserre.kiosk.document;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfSheetTest {

    @Test
    void printsLinesAndTables_withNamesBeyondLatin1_readableBackAsText() throws IOException {
        byte[] pdf = PdfSheet.a4("Établissement InSERRE de Test", "Relevé d'heures")
                .line("Nom", "ȚĂRANU Ștefan")
                .heading("Activités")
                .table(List.of("Activité", "Heures", "Montant"),
                        List.of(List.of("Atelier menuiserie", "35,50", "189,82 €"), List.of("Total", "35,50", "189,82 €")),
                        new float[] {4, 1, 1}, Set.of(1, 2), true)
                .note("Code de vérification : K7QF-2M9D")
                .finish();

        String text = textOf(pdf);
        assertTrue(text.contains("Établissement InSERRE de Test"), text);
        assertTrue(text.contains("Relevé d'heures"), text);
        assertTrue(text.contains("ȚĂRANU Ștefan"), text);
        assertTrue(text.contains("Atelier menuiserie 35,50 189,82 €"), text);
        assertTrue(text.contains("K7QF-2M9D"), text);
    }

    @Test
    void longTable_goesOnOverSeveralPages() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Séance " + i, "3,00"));
        }
        byte[] pdf = PdfSheet.a4("Test", "Long").table(List.of("Séance", "Heures"), rows, new float[] {3, 1}, Set.of(1), false)
                .finish();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
        }
        assertTrue(textOf(pdf).contains("Séance 120 3,00"));
    }

    @Test
    void rowOfTheWrongWidth_isRefused() {
        PdfSheet sheet = PdfSheet.a4("Test", "Wrong");
        assertThrows(IllegalArgumentException.class, () -> sheet.table(List.of("A", "B"), List.of(List.of("only one")),
                new float[] {1, 1}, Set.of(), false));
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replaceAll(" +", " ");
        }
    }
}
