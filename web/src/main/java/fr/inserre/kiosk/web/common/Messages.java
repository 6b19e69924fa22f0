package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Turns message keys into FacesMessages in the view's language: keys of the screens' bundles
 * ({@code kiosk}, {@code staff}) and the keys carried by the domain's {@link BusinessException}s
 * (through {@link BusinessMessages}). Views never show an exception's own text.
 */
@ApplicationScoped
public class Messages {

    /** An error from a screen bundle ("kiosk" or "staff"), on a field (client id) or the page (null). */
    public void error(String clientId, String bundleVar, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, screenText(bundleVar, key, arguments));
    }

    /** A confirmation on the page itself. */
    public void info(String bundleVar, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, screenText(bundleVar, key, arguments));
    }

    /** A domain refusal, in plain words, for the whole page. */
    public void refused(BusinessException refusal) {
        add(null, FacesMessage.SEVERITY_ERROR, BusinessMessages.text(refusal, locale()));
    }

    /** A confirmation shown on the page the user is redirected to. */
    public void infoAfterRedirect(String bundleVar, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, screenText(bundleVar, key, arguments));
    }


    private static String screenText(String bundleVar, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, bundleVar).getString(key);
        return fill(pattern, locale(), arguments);
    }

    /**
     * A screen text with its {0}, {1}... filled (numbers and dates in the locale's way). The screens' bundles
     * are also read directly by the pages, so their apostrophes are written as they are ("l'écran"), not
     * doubled as MessageFormat would want: they are taken literally here.
     */
    static String fill(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
