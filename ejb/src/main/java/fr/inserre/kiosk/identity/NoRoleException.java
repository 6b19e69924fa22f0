package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** A staff account must hold at least one role. */
public class NoRoleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoRoleException(String login) {
        super("staff.roles.empty", login);
    }
}
