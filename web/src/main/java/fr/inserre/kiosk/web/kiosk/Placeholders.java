package fr.inserre.kiosk.web.kiosk;

/**
 * Fills {0}, {1}... in a screen text with values, taken literally (no MessageFormat quoting rules,
 * so that translators write apostrophes as they are).
 */
public final class Placeholders {

    private Placeholders() {
    }

    public static String fill(String template, String... values) {
        String text = template;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }
}
