package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;

/** Only the direction grants or withdraws the direction role, and changes a direction account. */
public class DirectionRoleReservedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DirectionRoleReservedException(String login) {
        super("staff.directionReserved", login);
    }
}
