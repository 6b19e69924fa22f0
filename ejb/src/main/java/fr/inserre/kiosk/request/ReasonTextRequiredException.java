package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;

/** The reason "other" must be written out. */
public class ReasonTextRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReasonTextRequiredException() {
        super("request.reason.textRequired");
    }
}
