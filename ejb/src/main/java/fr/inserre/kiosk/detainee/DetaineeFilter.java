package fr.inserre.kiosk.detainee;

import jakarta.validation.constraints.Size;

/**
 * Filters of the staff list of detainees; a null or blank field does not filter. Text filters match
 * the start of the value, ignoring case and accents.
 *
 * @param prisonNumber start of the prison number
 * @param name start of the last name or of the first name
 * @param cellLabel start of the cell label
 * @param status exact status
 * @param language exact preferred language code
 */
public record DetaineeFilter(@Size(max = Detainee.PRISON_NUMBER_MAX) String prisonNumber,
        @Size(max = Detainee.NAME_MAX) String name, @Size(max = 16) String cellLabel, DetaineeStatus status,
        @Size(max = Detainee.LANGUAGE_MAX) String language) {

    public static final DetaineeFilter NONE = new DetaineeFilter(null, null, null, null, null);
}
