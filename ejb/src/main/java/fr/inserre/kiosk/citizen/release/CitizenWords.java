package fr.inserre.kiosk.citizen.release;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the domain itself writes (a request for help read by the SPIP, the CV's headings), from
 * {@code fr/inserre/kiosk/citizen/release/words*.properties}: French unless asked otherwise.
 */
public final class CitizenWords {

    static final String BUNDLE = "fr.inserre.kiosk.citizen.release.words";

    private CitizenWords() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, CitizenWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static String french(String key, Object... arguments) {
        return get(Locale.FRENCH, key, arguments);
    }

    /** An item as staff read it: the establishment's words, else the standard kind's name. */
    public static String itemLabel(ReleaseItemKind kind, String label) {
        return label != null ? label : french("ReleaseItemKind." + kind.name());
    }
}
