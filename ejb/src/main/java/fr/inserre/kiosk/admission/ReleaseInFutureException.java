package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A release is recorded when it happens, not in advance (the expected date is for that). */
public class ReleaseInFutureException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReleaseInFutureException(LocalDate date) {
        super("admission.release.future", date);
    }
}
