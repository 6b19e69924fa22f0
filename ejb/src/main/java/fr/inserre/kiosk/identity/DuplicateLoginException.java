package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** Another staff account already has this login. */
public class DuplicateLoginException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateLoginException(String login) {
        super("staff.login.duplicate", login);
    }
}
