package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** That service does not handle this kind of request. */
public class TeamNotForTypeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TeamNotForTypeException() {
        super("request.team.notForType");
    }
}
