package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** Staff administration never changes the caller's own account (roles, disabling, password reset). */
public class OwnAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OwnAccountException(String login) {
        super("staff.ownAccount", login);
    }
}
