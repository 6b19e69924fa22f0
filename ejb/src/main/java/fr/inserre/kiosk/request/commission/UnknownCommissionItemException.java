package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** The request is not (or no longer) on this commission's agenda. */
public class UnknownCommissionItemException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCommissionItemException(long id) {
        super("commission.item.unknown", id);
    }
}
