package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** Only job applications and training enrolments still open go before the commission. */
public class NotForCommissionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotForCommissionException(String receipt) {
        super("commission.request.notForCommission", receipt);
    }
}
