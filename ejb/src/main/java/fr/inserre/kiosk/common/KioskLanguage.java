package fr.inserre.kiosk.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the kiosk speaks, French first: what a detainee's profile may name, and what staff may
 * write their texts in (information sheets, activity descriptions). Easy-to-read French is not a
 * language of its own here: it is French read with reading support, and written texts carry their own
 * easy-to-read French version.
 */
public enum KioskLanguage {
    FR("fr"), EN("en"), AR("ar"), ES("es"), RO("ro");

    private final String code;

    KioskLanguage(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as stored (a detainee's preferred language, a text's language column). */
    public String getCode() {
        return code;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(code);
    }

    /** "rtl" for Arabic, written right to left, "ltr" for the others: a text block's {@code dir}. */
    public String getDirection() {
        return this == AR ? "rtl" : "ltr";
    }

    /** The languages a French text can be translated into. */
    public static List<KioskLanguage> translations() {
        return Arrays.stream(values()).filter(language -> language != FR).toList();
    }

    /** The kiosk language of a locale (easy-to-read French is French); French for any other. */
    public static KioskLanguage of(Locale locale) {
        if (locale != null) {
            for (KioskLanguage language : values()) {
                if (language.code.equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return FR;
    }

    /** Whether the kiosk speaks the language of that code. */
    public static boolean supports(String code) {
        return Arrays.stream(values()).anyMatch(language -> language.code.equals(code));
    }

    /** The language of a stored code; refused for a code that is not a kiosk language. */
    public static KioskLanguage ofCode(String code) {
        for (KioskLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("not a kiosk language: " + code);
    }

    /**
     * What a reader who wants this language is shown of a text written in several (by language code,
     * French always among them or standing in for it): this language when the text has it, else French.
     */
    public KioskLanguage shownFrom(Map<String, ?> textsByCode) {
        return textsByCode.containsKey(code) ? this : FR;
    }
}
