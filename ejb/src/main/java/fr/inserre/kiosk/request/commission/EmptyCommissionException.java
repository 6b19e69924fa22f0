package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** A commission without any request on its agenda has nothing to close. */
public class EmptyCommissionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmptyCommissionException() {
        super("commission.empty");
    }
}
