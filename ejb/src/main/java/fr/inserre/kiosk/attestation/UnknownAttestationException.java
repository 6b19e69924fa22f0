package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.common.BusinessException;

/** No attestation has this id in the caller's establishment. */
public class UnknownAttestationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAttestationException(long id) {
        super("attestation.unknown", id);
    }
}
