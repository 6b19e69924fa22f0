package fr.inserre.kiosk.web.common;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens for this session. French unless the user picks another; the browser's
 * language is not used, since kiosk terminals are shared and staff work in French first.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages with a complete bundle, French first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    /** "rtl" for languages written right to left, so that layouts mirror; "ltr" otherwise. */
    public String getDirection() {
        return TextDirection.of(locale);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to a supported language (ignored otherwise) and shows the same page again. */
    public String select(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .ifPresent(l -> locale = l);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** A language's name written in that language itself, as people look for it ("English", "العربية"). */
    public String nativeName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
