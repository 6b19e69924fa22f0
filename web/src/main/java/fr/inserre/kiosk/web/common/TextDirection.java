package fr.inserre.kiosk.web.common;

import java.util.Locale;
import java.util.Set;

/** Whether a language is written right to left; pages set {@code dir} from it and CSS mirrors. */
public final class TextDirection {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "ku", "yi", "dv");

    private TextDirection() {
    }

    public static String of(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
