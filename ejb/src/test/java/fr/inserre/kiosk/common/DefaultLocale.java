package fr.inserre.kiosk.common;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Test helper: runs a lookup as on a server whose default locale is the given one. */
final class DefaultLocale {

    private DefaultLocale() {
    }

    static <T> T as(Locale serverDefault, Supplier<T> lookup) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(serverDefault);
        ResourceBundle.clearCache(DefaultLocale.class.getClassLoader());
        try {
            return lookup.get();
        } finally {
            Locale.setDefault(previous);
            ResourceBundle.clearCache(DefaultLocale.class.getClassLoader());
        }
    }
}
