package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Instants shown in the establishments' time (Europe/Paris) and the view's language. Faces 4.0's
 * converter has no "instant" type, hence this.
 */
@Named
@ApplicationScoped
public class Dates {

    public String format(Instant instant, String pattern) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ClockProducer.ZONE).format(instant);
    }

    /** A calendar date in the view's language, e.g. pattern "EEEE d MMMM" gives "lundi 7 décembre". */
    public String day(LocalDate date, String pattern) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(date);
    }
}
