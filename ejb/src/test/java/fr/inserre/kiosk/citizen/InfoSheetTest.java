package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.establishment.Establishment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InfoSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static InfoSheet sheet() {
        return new InfoSheet(new Establishment("ARR", "InSERRE Arras", 180), SheetTopic.IDENTITY,
                SheetPictogram.ID_CARD, SheetText.of("Refaire sa carte d'identité", "<p>Facile</p>",
                        "<p>Complet</p>"), TODAY);
    }

    @Test
    void readIn_givesTheReadersLanguage_whenTheSheetHasIt() {
        InfoSheet sheet = sheet();
        sheet.write(KioskLanguage.AR, SheetText.of("تجديد بطاقة الهوية", "<p>سهل</p>", "<p>كامل</p>"));

        SheetReading reading = sheet.readIn(KioskLanguage.AR);

        assertEquals(KioskLanguage.AR, reading.shown());
        assertFalse(reading.fallback());
        assertEquals("<p>سهل</p>", reading.text().getEasyText());
    }

    @Test
    void readIn_fallsBackToFrench_andSaysSo() {
        SheetReading reading = sheet().readIn(KioskLanguage.ES);

        assertEquals(KioskLanguage.FR, reading.shown());
        assertEquals(KioskLanguage.ES, reading.wanted());
        assertTrue(reading.fallback());
        assertEquals("<p>Facile</p>", reading.text().getEasyText());
    }

    @Test
    void readIn_french_isNeverAFallback() {
        assertFalse(sheet().readIn(KioskLanguage.FR).fallback());
    }

    @Test
    void sheetLanguage_ofKioskLocales_easyToReadFrenchIsFrench_unknownIsFrench() {
        assertEquals(KioskLanguage.FR, KioskLanguage.of(Locale.forLanguageTag("fr-facile")));
        assertEquals(KioskLanguage.FR, KioskLanguage.of(new Locale.Builder().setLanguage("fr").setVariant("facile")
                .build()));
        assertEquals(KioskLanguage.AR, KioskLanguage.of(Locale.forLanguageTag("ar")));
        assertEquals(KioskLanguage.RO, KioskLanguage.of(Locale.forLanguageTag("ro-RO")));
        assertEquals(KioskLanguage.FR, KioskLanguage.of(Locale.forLanguageTag("tr")));
        assertEquals(KioskLanguage.FR, KioskLanguage.of(null));
    }

    @Test
    void text_isCleanedWhenMade_andRefusedWhenNothingIsLeft() {
        SheetText text = SheetText.of("  Titre  ", "<p onclick=x()>Facile</p><script>x()</script>",
                "<p>Complet <a href=\"javascript:x()\">ici</a></p>");

        assertEquals("Titre", text.getTitle());
        assertEquals("<p>Facile</p>", text.getEasyText());
        assertEquals("<p>Complet ici</p>", text.getFullText());
        InvalidSheetException refused = assertThrows(InvalidSheetException.class,
                () -> SheetText.of("Titre", "<script>x()</script>", "<p>Complet</p>"));
        assertEquals(InvalidSheetException.Rule.EASY_REQUIRED, refused.getRule());
        assertEquals(InvalidSheetException.Rule.TITLE_REQUIRED,
                assertThrows(InvalidSheetException.class, () -> SheetText.of(" ", "<p>a</p>", "<p>b</p>")).getRule());
        assertEquals(InvalidSheetException.Rule.FULL_REQUIRED,
                assertThrows(InvalidSheetException.class, () -> SheetText.of("T", "<p>a</p>", "")).getRule());
        assertEquals(InvalidSheetException.Rule.TITLE_TOO_LONG, assertThrows(InvalidSheetException.class,
                () -> SheetText.of("x".repeat(SheetText.TITLE_MAX + 1), "<p>a</p>", "<p>b</p>")).getRule());
    }

    @Test
    void frenchText_cannotBeRemoved_translationsCan() {
        InfoSheet sheet = sheet();
        sheet.write(KioskLanguage.ES, SheetText.of("Renovar el DNI", "<p>Fácil</p>", "<p>Completo</p>"));

        sheet.removeTranslation(KioskLanguage.ES);

        assertEquals(List.of(KioskLanguage.FR), sheet.getLanguages());
        assertThrows(InvalidSheetException.class, () -> sheet.removeTranslation(KioskLanguage.FR));
    }

    @Test
    void needsReview_afterTwelveMonths() {
        assertFalse(InfoSheet.needsReview(TODAY.minusMonths(12), TODAY));
        assertTrue(InfoSheet.needsReview(TODAY.minusMonths(12).minusDays(1), TODAY));
        InfoSheet sheet = sheet();
        sheet.markReviewed(TODAY.minusYears(2), TODAY);
        assertTrue(sheet.needsReview(TODAY));
        assertThrows(InvalidSheetException.class, () -> sheet.markReviewed(TODAY.plusDays(1), TODAY));
    }

    @Test
    void publish_keepsTheFirstPublicationTime_unpublishHidesIt() {
        InfoSheet sheet = sheet();
        assertFalse(sheet.isPublished());
        assertNull(sheet.getPublishedAt());

        sheet.publish(Instant.parse("2026-11-30T10:00:00Z"));
        sheet.publish(Instant.parse("2026-11-30T11:00:00Z"));

        assertTrue(sheet.isPublished());
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), sheet.getPublishedAt());
        sheet.unpublish();
        assertEquals(SheetStatus.DRAFT, sheet.getStatus());
    }
}
