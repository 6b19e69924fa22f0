package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/** What the import needs to know of a detainee already recorded in the establishment. */
public record KnownDetainee(long id, String prisonNumber, boolean present, String cellLabel, LocalDate entryDate,
        LocalDate expectedReleaseDate) {
}
