package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.KioskLanguage;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The language of the screens for this session. French unless the person picks another, or, at the
 * kiosk, until a detainee logs in: then their profile's language ({@link #useProfile}). The browser's
 * language is never used, since kiosk terminals are shared and staff work in French first.
 *
 * <p>Easy-to-read French (FALC, "lecture facile") is a language of its own for the kiosk: the locale
 * {@link #EASY_FRENCH} ({@code fr-facile}, French with the BCP 47 variant "facile"), whose bundle
 * {@code kiosk_fr__facile.properties} holds a short, plain wording of every kiosk text. Java's bundle
 * lookup gives it {@code kiosk_fr__facile}, then French: dates, numbers and the page's {@code lang} stay
 * French. ("FALC" itself cannot be a BCP 47 variant, which needs 5 to 8 letters.)
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Easy-to-read French: {@code fr-facile}. */
    public static final Locale EASY_FRENCH = new Locale.Builder().setLanguage("fr").setVariant("facile").build();

    /**
     * The kiosk's languages ({@link KioskLanguage}, with easy-to-read French after French), each with a
     * complete bundle (a test checks it), French first.
     */
    public static final List<Locale> KIOSK = Stream.concat(Stream.of(Locale.FRENCH, EASY_FRENCH),
            KioskLanguage.translations().stream().map(KioskLanguage::getLocale)).toList();

    /** The back-office's languages. */
    public static final List<Locale> STAFF = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Inject
    Event<LanguageChosen> chosen;

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    /** "rtl" for languages written right to left, so that layouts mirror; "ltr" otherwise. */
    public String getDirection() {
        return TextDirection.of(locale);
    }

    /** The language of texts staff wrote, as this reader wants them (easy-to-read French is French). */
    public KioskLanguage getKioskLanguage() {
        return KioskLanguage.of(locale);
    }

    /** Whether the screens are in easy-to-read French. */
    public boolean isEasyToRead() {
        return EASY_FRENCH.equals(locale);
    }

    /** The languages offered on the current page: the kiosk's five and "lecture facile", staff's two. */
    public List<Locale> getSupported() {
        FacesContext context = FacesContext.getCurrentInstance();
        String viewId = context == null || context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
        return viewId != null && viewId.startsWith("/staff/") ? STAFF : KIOSK;
    }

    /**
     * Switches to a language offered on this page (ignored otherwise), tells whoever remembers the
     * choice ({@link LanguageChosen}), and shows the same page again.
     */
    public String select(String languageTag) {
        find(getSupported(), languageTag).ifPresent(language -> {
            locale = language;
            chosen.fire(new LanguageChosen(language.getLanguage(), EASY_FRENCH.equals(language)));
        });
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A detainee's profile, applied at their login: their language when the kiosk speaks it, else
     * French; easy-to-read French when they need reading support and French is the language shown.
     */
    public void useProfile(String language, boolean readingSupport) {
        Locale profile = KIOSK.stream().filter(l -> l.getLanguage().equals(language) && l.getVariant().isEmpty())
                .findFirst().orElse(Locale.FRENCH);
        locale = readingSupport && profile.equals(Locale.FRENCH) ? EASY_FRENCH : profile;
    }

    /** The language of that tag among those given ("fr-facile" is easy-to-read French), if it is one. */
    public static java.util.Optional<Locale> find(List<Locale> languages, String languageTag) {
        String wanted = languageTag == null ? "" : languageTag.strip();
        return languages.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * A language's name written in that language itself, as people look for it ("English",
     * "العربية"), never only in French; easy-to-read French is "Français facile".
     */
    public String nativeName(Locale language) {
        if (EASY_FRENCH.equals(language)) {
            return "Français facile";
        }
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
