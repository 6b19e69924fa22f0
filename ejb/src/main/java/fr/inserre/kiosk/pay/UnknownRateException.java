package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;

/** No rate value with that id that the caller may withdraw. */
public class UnknownRateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownRateException(long id) {
        super("pay.rate.unknown", id);
    }
}
