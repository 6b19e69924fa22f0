package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.identity.PinMismatchException;
import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.terminal.TerminalRevokedException;
import fr.inserre.kiosk.terminal.UnknownTerminalException;
import fr.inserre.kiosk.request.commission.CommissionItemFailedException;
import fr.inserre.kiosk.schedule.ActivityConflictException;
import fr.inserre.kiosk.schedule.ActivityFullException;
import fr.inserre.kiosk.schedule.UnknownSessionException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusinessMessagesTest {

    @Test
    void text_isTheFrenchMessage_withItsArguments() {
        assertEquals("La borne BORNE-ARR-A-001 est révoquée : délivrez-lui un nouveau code d'enrôlement pour la "
                + "remettre en service.", BusinessMessages.text(new TerminalRevokedException("BORNE-ARR-A-001"),
                        Locale.FRENCH));
    }

    @Test
    void text_isTheEnglishMessage_inEnglish() {
        assertEquals("Terminal no. 12345 cannot be found.",
                BusinessMessages.text(new UnknownTerminalException(12_345L), Locale.ENGLISH));
    }

    @Test
    void text_fallsBackToFrench_forALanguageWithoutBundle() {
        assertEquals("Borne non enregistrée.",
                BusinessMessages.text(new TerminalNotRecognisedException(), Locale.forLanguageTag("ro")));
    }

    @Test
    void text_isTheEasyToReadWording_inTheKiosksEasyToReadFrench() {
        // The kiosk shows a refusal in its view's locale (Messages.refused): LanguageSelection's, fr-facile here.
        assertEquals("Les deux codes sont différents. Tapez encore les deux codes.",
                BusinessMessages.text(new PinMismatchException(), LanguageSelection.EASY_FRENCH));
        assertEquals("Cette séance n'existe pas (n° 42).",
                BusinessMessages.text(new UnknownSessionException(42L), LanguageSelection.EASY_FRENCH));
        assertEquals("Borne non enregistrée.", BusinessMessages.text(new TerminalNotRecognisedException(),
                LanguageSelection.EASY_FRENCH), "a refusal without an easy-to-read wording is the French one");
    }

    @Test
    void text_wordsDatesAndTimes_inTheReadersLanguage() {
        ActivityConflictException conflict = new ActivityConflictException("Atelier menuiserie",
                LocalDate.of(2026, 12, 7), LocalTime.of(8, 0), LocalTime.of(11, 30));

        assertEquals("La personne est déjà attendue ailleurs : « Atelier menuiserie » le lundi 7 décembre 2026 de 08:00 "
                + "à 11:30. Choisissez un autre moment, ou indiquez une raison pour passer outre.",
                BusinessMessages.text(conflict, Locale.FRENCH));
        assertTrue(BusinessMessages.text(conflict, Locale.ENGLISH).contains("on Monday, December 7, 2026 from 08:00 to 11:30"),
                () -> BusinessMessages.text(conflict, Locale.ENGLISH));
    }

    @Test
    void text_wordsARefusalCarriedByAnother_inItsOwnWords() {
        ActivityFullException full = new ActivityFullException("Atelier menuiserie", 15);

        String shown = BusinessMessages.text(new CommissionItemFailedException("2026-000042", full), Locale.FRENCH);

        assertEquals("Demande n° 2026-000042 : " + BusinessMessages.text(full, Locale.FRENCH), shown);
        assertTrue(shown.contains("Atelier menuiserie"), shown);
    }
}
