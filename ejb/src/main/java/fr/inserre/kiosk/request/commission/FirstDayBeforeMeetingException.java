package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** An approval cannot take effect before the commission that decides it. */
public class FirstDayBeforeMeetingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FirstDayBeforeMeetingException(LocalDate meetingDate) {
        super("commission.fromDate.beforeMeeting", meetingDate);
    }
}
