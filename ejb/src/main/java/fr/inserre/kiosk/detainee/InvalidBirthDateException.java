package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A birth date after the entry date. */
public class InvalidBirthDateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidBirthDateException(LocalDate birthDate, LocalDate entryDate) {
        super("detainee.birthDate.afterEntry", birthDate, entryDate);
    }
}
