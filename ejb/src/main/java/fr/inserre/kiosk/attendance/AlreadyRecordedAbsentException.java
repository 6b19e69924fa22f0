package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** Staff already recorded the detainee absent at this session: clocking in is refused. */
public class AlreadyRecordedAbsentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyRecordedAbsentException(String activity) {
        super("attendance.clock.recordedAbsent", activity);
    }
}
