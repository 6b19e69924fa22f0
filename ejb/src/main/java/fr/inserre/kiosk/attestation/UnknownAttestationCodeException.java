package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.common.BusinessException;

/**
 * No attestation of the caller's establishment has this code: the same answer for a mistyped code, a
 * made-up one and another establishment's, so that the screen tells nothing more.
 */
public class UnknownAttestationCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAttestationCodeException(String code) {
        super("attestation.code.unknown", code);
    }
}
