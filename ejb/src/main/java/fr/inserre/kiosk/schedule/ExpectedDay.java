package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.detainee.Detainee;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is expected where on one day, for supervisors (and its printed copy): each session with the
 * detainees allocated to it, and the appointments of the day. A medical appointment shows only its time.
 */
public record ExpectedDay(LocalDate date, List<ExpectedSession> sessions, List<Appointment> appointments) {

    /** One session and the detainees expected at it (by name). */
    public record ExpectedSession(ActivitySession session, List<Detainee> detainees) {

        public int count() {
            return detainees.size();
        }
    }

    public int expectedCount() {
        return sessions.stream().filter(s -> !s.session().isCancelled()).mapToInt(ExpectedSession::count).sum()
                + appointments.size();
    }
}
