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
        // Staff's words about these lines (a correction's or a reopened week's reason: "malade, grippe") may say
        // something personal; the audit trail keeps that a change was made, by whom and when, not its words.
        for (String[] audited : new String[][] {{ClockJournal.ENTITY, "attendance"}, {"Timesheet", "timesheet"}}) {
            purging.deleted("audit_record.detail", em.createNativeQuery("update audit_record r join " + audited[1]
                    + " t on r.entity_type = '" + audited[0] + "' and r.entity_id = t.id set r.detail = null "
                    + "where t.detainee_id in (:ids) and r.detail is not null").setParameter("ids", purging.detaineeIds())
                    .executeUpdate());
        }
        purging.delete(em, "clock_event", "delete from clock_event where detainee_id in (:ids)");
        purging.delete(em, "attendance_entry", "delete e from attendance_entry e join attendance a "
                + "on a.id = e.attendance_id where a.detainee_id in (:ids)");
        purging.delete(em, "attendance", "delete from attendance where detainee_id in (:ids)");
        purging.delete(em, "timesheet", "delete from timesheet where detainee_id in (:ids)");
    }
}
