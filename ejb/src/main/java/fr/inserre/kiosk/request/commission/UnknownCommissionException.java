package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** No commission of the caller's establishment has this id. */
public class UnknownCommissionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCommissionException(long id) {
        super("commission.unknown", id);
    }
}
