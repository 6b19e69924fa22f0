package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.LanguageReading;

/**
 * What the kiosk shows a reader about an activity: its version in the reader's language when staff
 * wrote one, else the easy-to-read French description, else the French one. A French text shown to a
 * reader of another language is a {@link #fallback()}: the page labels it ("Texte en français facile",
 * in the reader's language).
 *
 * @param text what is shown (plain text, escaped by the page)
 * @param easyToRead the text is the easy-to-read French description (else a translation or the full French one)
 */
public record ActivityDescription(String text, KioskLanguage shown, KioskLanguage wanted, boolean easyToRead)
        implements LanguageReading {

    /**
     * The description a reader wanting {@code wanted} is shown, from the activity's texts: the
     * translation into that language (null when there is none), the easy-to-read and the full French
     * descriptions (either may be null). Null when the activity has no description at all.
     */
    public static ActivityDescription choose(KioskLanguage wanted, String translation, String easyFrench,
            String french) {
        if (wanted != KioskLanguage.FR && translation != null) {
            return new ActivityDescription(translation, wanted, wanted, false);
        }
        if (easyFrench != null) {
            return new ActivityDescription(easyFrench, KioskLanguage.FR, wanted, true);
        }
        return french == null ? null : new ActivityDescription(french, KioskLanguage.FR, wanted, false);
    }
}
