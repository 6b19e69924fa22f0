package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A value already in force is part of what was paid: it may not be withdrawn. */
public class RateAlreadyInForceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RateAlreadyInForceException(LocalDate from) {
        super("pay.rate.inForce", from);
    }
}
