package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** The badge number is already given to someone of the establishment, or the detainee has a badge. */
public class DuplicateBadgeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateBadgeException(String badge) {
        super("identity.badge.duplicate", badge);
    }
}
