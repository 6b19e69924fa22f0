package fr.inserre.kiosk.web.kiosk.hours;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.hours.HoursSummary;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.web.kiosk.Placeholders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How "Mes heures" says hours and pay to a detainee who may read little: durations as "3 h 29" (worded
 * per language in the kiosk bundle), amounts in euros in the view's language with Western digits, a
 * pictogram and a word for pending and validated hours (never colour alone), what was recorded for a
 * session in one short sentence. Picks keys and fills them in; the wording lives in the kiosk bundle.
 */
@Named
@ApplicationScoped
public class HoursWords {

    private static final Currency EURO = Currency.getInstance("EUR");

    /** "3 h 29" from minutes (pattern kiosk_hours.duration). */
    static String duration(int minutes, ResourceBundle kiosk) {
        return Placeholders.fill(kiosk.getString("kiosk_hours.duration"), String.valueOf(minutes / 60),
                String.format("%02d", minutes % 60));
    }

    /** "45,20 €" in French, "€45.20" in English; always Western digits (as the kiosk's dates). */
    static String money(Money amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale.getLanguage() + "-u-nu-latn"));
        format.setCurrency(EURO);
        return format.format(amount.amount());
    }

    /** The bundle key of what was recorded for a line: present (with or without an end), absent, not yet noted. */
    static String recordedKey(AttendanceLine line) {
        if (line.attendance() == AttendanceStatus.PRESENT) {
            return line.presentTo() == null ? "kiosk_hours.line.presentOpen" : "kiosk_hours.line.present";
        }
        return line.attendance() == AttendanceStatus.ABSENT ? "kiosk_hours.line.absent" : "kiosk_hours.line.expected";
    }

    // What the views call, in the view's language.

    public String duration(int minutes) {
        return duration(minutes, kiosk());
    }

    public String money(Money amount) {
        return money(amount, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String recorded(AttendanceLine line) {
        return kiosk().getString(recordedKey(line));
    }

    /** The icon of a line's validation: an hourglass while pending, a tick once validated. */
    public String statusIcon(AttendanceLine line) {
        return line.validated() ? "pi-check-circle" : "pi-hourglass";
    }

    /** Whether the line's hours are paid (unpaid activities count hours with no pay). */
    public boolean paid(AttendanceLine line) {
        return HoursSummary.basis(line).isPaid();
    }

    private static ResourceBundle kiosk() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "kiosk");
    }
}
