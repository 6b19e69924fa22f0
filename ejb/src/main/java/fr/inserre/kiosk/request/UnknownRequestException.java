package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** No such request, or not one the caller may see. */
public class UnknownRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownRequestException(long id) {
        super("request.unknown", id);
    }
}
