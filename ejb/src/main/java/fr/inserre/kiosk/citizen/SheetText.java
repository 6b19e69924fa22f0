package fr.inserre.kiosk.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A sheet's words in one language: its title, the easy-to-read version (FALC: short sentences, one
 * idea each, what the kiosk shows first) and the full version. Both bodies are HTML cleaned by
 * {@link SheetHtml} when the text is made, so a stored text is always safe to show.
 */
@Embeddable
public class SheetText {

    public static final int TITLE_MAX = 160;
    /** Characters of cleaned HTML (the column is a TEXT: 65,535 bytes, 4 bytes a character at most). */
    public static final int EASY_MAX = 12_000;
    public static final int FULL_MAX = 100_000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "easy_text", nullable = false, columnDefinition = "TEXT")
    private String easyText;

    @Column(name = "full_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String fullText;

    protected SheetText() {
        // for JPA
    }

    private SheetText(String title, String easyText, String fullText) {
        this.title = title;
        this.easyText = easyText;
        this.fullText = fullText;
    }

    /**
     * The text staff wrote, title stripped and bodies cleaned; refused when a part is missing (after
     * cleaning: a body of only a script is empty) or too long.
     */
    public static SheetText of(String title, String easyHtml, String fullHtml) {
        String cleanTitle = title == null ? "" : title.strip();
        String easy = SheetHtml.clean(easyHtml);
        String full = SheetHtml.clean(fullHtml);
        if (cleanTitle.isEmpty()) {
            throw new InvalidSheetException(InvalidSheetException.Rule.TITLE_REQUIRED);
        }
        if (cleanTitle.length() > TITLE_MAX) {
            throw new InvalidSheetException(InvalidSheetException.Rule.TITLE_TOO_LONG);
        }
        if (easy.isEmpty()) {
            throw new InvalidSheetException(InvalidSheetException.Rule.EASY_REQUIRED);
        }
        if (full.isEmpty()) {
            throw new InvalidSheetException(InvalidSheetException.Rule.FULL_REQUIRED);
        }
        if (easy.length() > EASY_MAX) {
            throw new InvalidSheetException(InvalidSheetException.Rule.EASY_TOO_LONG);
        }
        if (full.length() > FULL_MAX) {
            throw new InvalidSheetException(InvalidSheetException.Rule.FULL_TOO_LONG);
        }
        return new SheetText(cleanTitle, easy, full);
    }

    public String getTitle() {
        return title;
    }

    /** The easy-to-read version, cleaned HTML. */
    public String getEasyText() {
        return easyText;
    }

    /** The full version, cleaned HTML. */
    public String getFullText() {
        return fullText;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SheetText text && title.equals(text.title) && easyText.equals(text.easyText)
                && fullText.equals(text.fullText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, easyText, fullText);
    }
}
