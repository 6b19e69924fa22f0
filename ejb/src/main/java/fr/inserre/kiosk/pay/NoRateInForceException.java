package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** No value of a rate the pay needs is in force on the day (e.g. before the first SMIC recorded). */
public class NoRateInForceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoRateInForceException(LocalDate day) {
        super("pay.rate.none", day);
    }
}
