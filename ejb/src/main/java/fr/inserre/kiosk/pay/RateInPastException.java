package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A rate value applies from today or a later day: amounts of past days never change. */
public class RateInPastException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RateInPastException(LocalDate from, LocalDate today) {
        super("pay.rate.past", from, today);
    }
}
