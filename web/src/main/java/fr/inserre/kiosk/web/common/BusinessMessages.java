package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a domain refusal ({@link BusinessException}) into text for staff: its message key resolved in
 * the domain's bundle {@value #BUNDLE} in the given language (French when it has none), its
 * arguments filled in.
 */
public final class BusinessMessages {

    public static final String BUNDLE = "fr.inserre.kiosk.messages";

    private BusinessMessages() {
    }

    /** The refusal's message in the language; its key if the bundle has none (a test forbids that). */
    public static String text(BusinessException refusal, Locale locale) {
        return text(refusal.getMessageKey(), refusal.getArguments().toArray(), locale);
    }

    /** Any message of the domain's bundle (e.g. a roster import problem), its arguments filled in. */
    public static String text(String key, Object[] arguments, Locale locale) {
        String pattern;
        try {
            // No fallback to the server's default locale: a language without a bundle gets French.
            pattern = ResourceBundle.getBundle(BUNDLE, locale, BusinessException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        Object[] shownArguments = Arrays.stream(arguments).map(argument -> shown(argument, locale)).toArray();
        return new MessageFormat(pattern, locale).format(shownArguments);
    }

    /**
     * Dates and times in the reader's words ("lundi 7 décembre 2026", "08:00"), a refusal carried by
     * another (one decision of a commission) in its own words, anything else as it is.
     */
    static Object shown(Object argument, Locale locale) {
        if (argument instanceof BusinessException cause) {
            return text(cause, locale);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
        }
        if (argument instanceof LocalTime time) {
            return DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
        }
        return argument;
    }

    /** Adds the refusal as an error message of the page, in the view's language. */
    public static void addError(FacesContext context, BusinessException refusal) {
        String text = text(refusal, context.getViewRoot().getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
