package fr.inserre.kiosk.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** Names of languages as the reader says them: "ar" is "arabe" for a French reader. */
@Named
@ApplicationScoped
public class Languages {

    public String name(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
