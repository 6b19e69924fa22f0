package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Cell;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the admission desk types for a new arrival.
 *
 * @param cellLabel the cell to give; blank: the first free cell
 * @param preferredLanguage the code of one of the kiosk's languages ({@link fr.inserre.kiosk.common.KioskLanguage});
 *                          blank: French. Easy-to-read French is French with {@code readingSupport}.
 */
public record NewAdmission(
        @NotBlank @Size(max = Detainee.PRISON_NUMBER_MAX)
        @Pattern(regexp = "\\s*[A-Za-z0-9-]+\\s*", message = "{detainee.prisonNumber.pattern}") String prisonNumber,
        @NotBlank @Size(max = Detainee.NAME_MAX) String firstName,
        @NotBlank @Size(max = Detainee.NAME_MAX) String lastName,
        @Past LocalDate birthDate,
        @Size(max = Cell.LABEL_MAX) String cellLabel,
        String preferredLanguage,
        boolean readingSupport,
        @NotNull LocalDate entryDate,
        LocalDate expectedReleaseDate) {
}
