package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.BusinessException;

/** Refusal: see the message {@code citizen.release.label.required}. */
public class ReleaseItemLabelRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReleaseItemLabelRequiredException() {
        super("citizen.release.label.required");
    }
}
