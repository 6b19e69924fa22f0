package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A working-time limit a week breaks: a day over the daily maximum (date set), the week over the
 * weekly maximum, or too few full days of rest (minutes: the rest days found).
 */
public record LimitViolation(Kind kind, LocalDate date, int minutes, int limit) implements Serializable {

    public enum Kind {
        DAY,
        WEEK,
        REST
    }

    /** A short, language-neutral description for the audit trail. */
    public String describe() {
        return kind + (date == null ? "" : " " + date) + " " + minutes + ">" + limit;
    }
}
