package fr.inserre.kiosk.document;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the printed documents (statement, attestation) in one language, from
 * {@code fr/inserre/kiosk/document/documents*.properties} (French default, English), and how they write
 * dates, hours and amounts. A language without a bundle gets French (no fallback to the server's
 * locale).
 */
public final class DocumentTexts {

    public static final String BUNDLE = "fr.inserre.kiosk.document.documents";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Locale locale;
    private final ResourceBundle bundle;

    public DocumentTexts(Locale locale) {
        this.locale = locale == null ? Locale.FRENCH : locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, DocumentTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, its {0}, {1}... filled with the arguments as given (format them first). */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(arguments);
    }

    /** 30/11/2026 (fr), 30/11/2026 (en-GB style, as the documents are French administrative papers). */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text("format.date"), locale).format(date);
    }

    /** Date and time in Paris. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern(text("format.dateTime"), locale)
                .format(instant.atZone(ZONE));
    }

    /** Minutes as hours and minutes: "12 h 05". */
    public static String hours(long minutes) {
        return String.format(Locale.ROOT, "%d h %02d", minutes / 60, minutes % 60);
    }

    /** An amount with two decimals in the language's way ("1 234,50 €" in French). */
    public String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " €";
    }
}
