package fr.inserre.kiosk.citizen;

/**
 * What the kiosk shows of a sheet to one reader: the text in their language when the sheet has it,
 * else the French one; {@code fallback} says the reader asked for a language the sheet lacks, so the
 * page says so ("Cette fiche n'existe pas encore en arabe : voici la version en français facile").
 */
public record SheetReading(Long sheetId, SheetTopic topic, String pictogram, SheetLanguage shown,
        SheetLanguage wanted, SheetText text) {

    /** The reader wanted a language the sheet is not written in. */
    public boolean fallback() {
        return shown != wanted;
    }
}
