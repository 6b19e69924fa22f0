package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.admission.DetaineesPurging;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When the retention period of released people has passed, their hours go: badge taps, attendance
 * lines with every version of them, and weekly timesheets. Hours disputes (requests pointing at a
 * line) are gone by then ({@link DetaineesPurging#LINKING}).
 */
@Dependent
public class AttendancePurge {

    @PersistenceContext
    EntityManager em;

    void onPurge(@Observes @Priority(DetaineesPurging.LINKED) DetaineesPurging purging) {
        purging.delete(em, "clock_event", "delete from clock_event where detainee_id in (:ids)");
        purging.delete(em, "attendance_entry", "delete e from attendance_entry e join attendance a "
                + "on a.id = e.attendance_id where a.detainee_id in (:ids)");
        purging.delete(em, "attendance", "delete from attendance where detainee_id in (:ids)");
        purging.delete(em, "timesheet", "delete from timesheet where detainee_id in (:ids)");
    }
}
