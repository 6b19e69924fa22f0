package fr.inserre.kiosk.citizen;

import java.util.Locale;

/** The languages a sheet can be written in: French always, the kiosk's other languages when translated. */
public enum SheetLanguage {
    FR("fr"), EN("en"), AR("ar"), ES("es"), RO("ro");

    private final String code;

    SheetLanguage(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as stored ({@code info_sheet_text.language}). */
    public String getCode() {
        return code;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(code);
    }

    /** The sheet language of a kiosk locale (easy-to-read French is French); French for any other. */
    public static SheetLanguage of(Locale locale) {
        if (locale != null) {
            for (SheetLanguage language : values()) {
                if (language.code.equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return FR;
    }

    /** The language of a stored code; refused for a code that is not a sheet language. */
    public static SheetLanguage ofCode(String code) {
        for (SheetLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("not a sheet language: " + code);
    }
}
