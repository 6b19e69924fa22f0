package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/** One valid line of a roster file, its fields checked and converted. */
public record RosterRow(int line, String prisonNumber, String lastName, String firstName, LocalDate birthDate,
        String cell, LocalDate entryDate, LocalDate expectedReleaseDate, RosterStatus status, LocalDate exitDate) {
}
