package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A release (expected or actual) before the entry date. */
public class InvalidDetaineeDatesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidDetaineeDatesException(LocalDate entryDate, LocalDate releaseDate) {
        super("detainee.dates.releaseBeforeEntry", releaseDate, entryDate);
    }
}
