package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The kiosk's languages, each named in itself, and a detainee's profile applied at login. */
class LanguageSelectionTest {

    private final LanguageSelection selection = new LanguageSelection();

    @Test
    void kiosk_offersFrenchFirst_thenEasyFrench_English_Arabic_Spanish_Romanian() {
        assertEquals(List.of("fr", "fr-facile", "en", "ar", "es", "ro"),
                LanguageSelection.KIOSK.stream().map(Locale::toLanguageTag).toList());
    }

    @Test
    void everyLanguage_isNamedInItsOwnScript() {
        assertEquals(List.of("Français", "Français facile", "English", "العربية", "Español", "Română"),
                LanguageSelection.KIOSK.stream().map(selection::nativeName).toList());
    }

    @Test
    void profile_inAKioskLanguage_isUsed() {
        selection.useProfile("ar", false);

        assertEquals("ar", selection.getLocale().toLanguageTag());
        assertEquals("rtl", selection.getDirection());
    }

    @Test
    void profile_inFrench_withReadingSupport_isEasyToReadFrench() {
        selection.useProfile("fr", true);

        assertEquals(LanguageSelection.EASY_FRENCH, selection.getLocale());
        assertTrue(selection.isEasyToRead());
        assertEquals("ltr", selection.getDirection());
    }

    @Test
    void profile_inALanguageTheKioskDoesNotSpeak_isFrench_easyToReadWhenReadingIsHard() {
        selection.useProfile("pl", false);
        assertEquals(Locale.FRENCH, selection.getLocale());

        selection.useProfile("pt", true);
        assertEquals(LanguageSelection.EASY_FRENCH, selection.getLocale());
    }

    @Test
    void readingSupport_inAnotherKioskLanguage_keepsThatLanguage() {
        selection.useProfile("ro", true);

        assertEquals("ro", selection.getLocale().toLanguageTag());
        assertFalse(selection.isEasyToRead());
    }

    @Test
    void languageTags_findOnlyOfferedLanguages() {
        assertEquals(LanguageSelection.EASY_FRENCH, LanguageSelection.find(LanguageSelection.KIOSK, "fr-facile").orElseThrow());
        assertTrue(LanguageSelection.find(LanguageSelection.STAFF, "ar").isEmpty());
        assertTrue(LanguageSelection.find(LanguageSelection.KIOSK, "de").isEmpty());
        assertTrue(LanguageSelection.find(LanguageSelection.KIOSK, null).isEmpty());
    }

    @Test
    void easyToReadFrench_readsItsOwnBundle_thenFrench() {
        ResourceBundle easy = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.kiosk", LanguageSelection.EASY_FRENCH);

        assertEquals("Touchez une case.", easy.getString("kiosk_index.intro"));
        assertEquals(LanguageSelection.EASY_FRENCH, easy.getLocale());
    }
}
