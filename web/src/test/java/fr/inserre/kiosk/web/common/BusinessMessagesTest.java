package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.terminal.TerminalRevokedException;
import fr.inserre.kiosk.terminal.UnknownTerminalException;
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
}
