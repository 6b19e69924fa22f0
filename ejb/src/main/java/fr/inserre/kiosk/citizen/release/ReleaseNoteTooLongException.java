package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.BusinessException;

/** Refusal: see the message {@code citizen.release.note.tooLong}. */
public class ReleaseNoteTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReleaseNoteTooLongException(int max) {
        super("citizen.release.note.tooLong", max);
    }
}
