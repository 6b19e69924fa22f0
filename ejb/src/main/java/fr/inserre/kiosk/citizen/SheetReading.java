package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.LanguageReading;

/**
 * What the kiosk shows of a sheet to one reader: the text in their language when the sheet has it,
 * else the French one; {@link #fallback()} says the reader asked for a language the sheet lacks, so the
 * page says so ("Cette fiche n'existe pas encore en arabe : voici la version en français facile").
 */
public record SheetReading(Long sheetId, SheetTopic topic, String pictogram, KioskLanguage shown,
        KioskLanguage wanted, SheetText text) implements LanguageReading {
}
