package fr.inserre.kiosk.web.common;

/**
 * A person picked a language on a screen: the kiosk remembers it in the detainee's profile; staff
 * choices stay in the session.
 *
 * @param language ISO 639 code ("fr", "ar"...)
 * @param easyToRead easy-to-read French ("lecture facile") was picked
 */
public record LanguageChosen(String language, boolean easyToRead) {
}
