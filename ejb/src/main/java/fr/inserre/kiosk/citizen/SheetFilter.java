package fr.inserre.kiosk.citizen;

import jakarta.validation.constraints.Size;

/** The staff list's filters; null or false means "any". */
public record SheetFilter(SheetTopic topic, SheetStatus status, boolean toReview,
        @Size(max = SheetText.TITLE_MAX) String title) {

    public static SheetFilter any() {
        return new SheetFilter(null, null, false, null);
    }
}
