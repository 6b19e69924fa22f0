package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** The period of an attestation ends before it starts, or after today. */
public class InvalidAttestationPeriodException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidAttestationPeriodException(LocalDate from, LocalDate to) {
        super("attestation.period.invalid", from, to);
    }
}
