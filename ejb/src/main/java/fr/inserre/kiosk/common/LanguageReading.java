package fr.inserre.kiosk.common;

/**
 * What the kiosk shows a reader of a text staff wrote in several languages (an information sheet, an
 * activity's description): the language shown and the one the reader wanted. When they differ, the
 * text is a fallback in French and the page says so in the reader's language.
 */
public interface LanguageReading {

    /** The language of the text shown (its block's {@code lang}). */
    KioskLanguage shown();

    /** The reader's language. */
    KioskLanguage wanted();

    /** The reader wanted a language the text is not written in: they read it in French. */
    default boolean fallback() {
        return shown() != wanted();
    }
}
