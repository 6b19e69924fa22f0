package fr.inserre.kiosk.dashboard;

import java.time.LocalDate;

/** A present detainee with no work or training allocation on the day: the list the direction acts on. */
public record IdleDetainee(long detaineeId, String prisonNumber, String firstName, String lastName, String cell,
        LocalDate entryDate) {
}
