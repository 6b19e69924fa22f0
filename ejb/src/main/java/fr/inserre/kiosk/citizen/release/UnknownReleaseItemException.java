package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.BusinessException;

/** Refusal: see the message {@code citizen.release.item.unknown}. */
public class UnknownReleaseItemException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownReleaseItemException(long id) {
        // The id is not shown: a detainee has no use for it.
        super("citizen.release.item.unknown");
    }
}
