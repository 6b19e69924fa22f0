package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;

/** An absence for another reason needs a note saying which. */
public class AbsenceNoteRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AbsenceNoteRequiredException() {
        super("attendance.absence.noteRequired");
    }
}
