package fr.inserre.kiosk.detainee;

import jakarta.validation.constraints.Size;

/**
 * Filters of the staff list of detainees; a null or blank field does not filter.
 *
 * @param text matches the start of the prison number, the last name or the first name
 * @param cellLabel matches the start of the cell label
 * @param status exact status
 * @param language exact preferred language code
 */
public record DetaineeFilter(@Size(max = Detainee.NAME_MAX) String text, @Size(max = 16) String cellLabel,
        DetaineeStatus status, @Size(max = Detainee.LANGUAGE_MAX) String language) {

    public static final DetaineeFilter NONE = new DetaineeFilter(null, null, null, null);
}
