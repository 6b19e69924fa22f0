package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** An establishment may pay more than the national floor of a pay class, never less. */
public class BelowFloorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public BelowFloorException(String share, LocalDate from, String floor) {
        super("pay.rate.belowFloor", share, from, floor);
    }
}
