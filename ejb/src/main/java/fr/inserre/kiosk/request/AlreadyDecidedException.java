package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** Someone decided the request first: never two decisions. */
public class AlreadyDecidedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyDecidedException(String byWhom, LocalDate on) {
        super("request.decided.already", byWhom, on);
    }
}
