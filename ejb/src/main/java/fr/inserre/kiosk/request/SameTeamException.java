package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** Forwarding to the team that already owns the request. */
public class SameTeamException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SameTeamException() {
        super("request.forward.sameTeam");
    }
}
