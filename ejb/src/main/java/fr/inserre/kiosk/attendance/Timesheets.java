package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.audit.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Finds a week's timesheet and reopens it when one of its attendances changes. In the caller's transaction. */
@Dependent
public class Timesheets {

    static final String REOPEN = "attendance.timesheet.reopen";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The week's timesheet, locked (validation and reopening never cross). */
    public Optional<Timesheet> locked(long detaineeId, long activityId, LocalDate weekStart) {
        return em.createNamedQuery("Timesheet.find", Timesheet.class).setParameter("detaineeId", detaineeId)
                .setParameter("activityId", activityId).setParameter("weekStart", weekStart)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** A change to this attendance reopens its validated week, with an audit record saying why. */
    public void changed(Attendance attendance, String by, Instant at, String why) {
        locked(attendance.getDetainee().getId(), attendance.getActivity().getId(), attendance.getWeekStart())
                .filter(sheet -> sheet.reopen(by, at, why))
                .ifPresent(sheet -> audit.recordWithDetail(REOPEN, "Timesheet", sheet.getId(),
                        "attendance " + attendance.getId() + (why == null || why.isBlank() ? "" : ": " + why.strip())));
    }
}
