package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** The detainee has no kiosk badge yet. */
public class NoBadgeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoBadgeException(String prisonNumber) {
        super("identity.badge.none", prisonNumber);
    }
}
