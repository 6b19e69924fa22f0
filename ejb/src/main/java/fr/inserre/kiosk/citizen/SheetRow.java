package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.KioskLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One line of the staff list of sheets: the French title and the sheet's state. */
public record SheetRow(long id, SheetTopic topic, SheetPictogram pictogram, String title, SheetStatus status,
        LocalDate reviewedOn, boolean toReview, List<KioskLanguage> languages, Instant updatedAt, String updatedBy) {
}
