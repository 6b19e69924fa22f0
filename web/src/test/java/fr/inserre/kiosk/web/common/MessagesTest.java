package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Confirmations from the screens' bundles, whose apostrophes are written as they are. */
class MessagesTest {

    @Test
    void fill_keepsTheApostrophes_ofAScreenTextWithArguments() {
        assertEquals("Cellule G-040 fermée : plus personne n'y est affecté jusqu'à sa réouverture.",
                Messages.fill("Cellule {0} fermée : plus personne n'y est affecté jusqu'à sa réouverture.",
                        Locale.FRENCH, "G-040"));
    }

    @Test
    void fill_withoutArguments_returnsTheTextAsItIs_andNumbersFollowTheLocale() {
        assertEquals("Aujourd'hui", Messages.fill("Aujourd'hui", Locale.FRENCH));
        assertEquals("1,234 request(s) taken in hand", Messages.fill("{0} request(s) taken in hand", Locale.ENGLISH, 1234));
    }
}
