package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** The same rate (item and scope) already has a value from that day. */
public class DuplicateRateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateRateException(LocalDate from) {
        super("pay.rate.duplicate", from);
    }
}
