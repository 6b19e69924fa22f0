package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The request belongs to a team the caller does not work for. */
public class NotYourTeamException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotYourTeamException(String receipt) {
        super("request.team.notYours", receipt);
    }
}
