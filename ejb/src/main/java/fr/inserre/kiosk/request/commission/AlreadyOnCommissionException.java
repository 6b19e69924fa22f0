package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** The request is already on the agenda of a commission being prepared. */
public class AlreadyOnCommissionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyOnCommissionException(String receipt, LocalDate meetingDate) {
        super("commission.request.alreadyOn", receipt, meetingDate);
    }
}
