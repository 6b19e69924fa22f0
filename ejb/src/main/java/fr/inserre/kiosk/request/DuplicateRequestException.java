package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The detainee already has a request in progress for the same thing. */
public class DuplicateRequestException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateRequestException(String receipt) {
        super("request.duplicate", receipt);
    }
}
