package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** The commission is closed: its agenda and decisions never change again. */
public class CommissionClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CommissionClosedException(LocalDate meetingDate) {
        super("commission.closed", meetingDate);
    }
}
