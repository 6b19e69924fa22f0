package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.KioskLanguage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What staff write for a sheet in one language: title, easy-to-read and full bodies as the editor
 * gives them (HTML, cleaned by the service before anything is stored). Sizes are checked on the
 * cleaned text; these bounds only refuse absurd posts.
 */
public record SheetDraft(
        @NotNull KioskLanguage language,
        @Size(max = SheetText.TITLE_MAX * 4) String title,
        @Size(max = SheetText.EASY_MAX * 4) String easyHtml,
        @Size(max = SheetText.FULL_MAX * 2) String fullHtml) {

    SheetText toText() {
        return SheetText.of(title, easyHtml, fullHtml);
    }
}
