package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read API of attendance for later features ("Mes heures", monthly statement, attestation,
 * disputes): a detainee's attendance lines over a period with totals, each in one SQL statement
 * (plus one for a staff caller's establishment check), and a whole establishment's in one statement.
 * Periods are inclusive local dates of the sessions. See /work/notes/attendance-api.md.
 */
@Stateless
public class AttendanceLedger {

    static final String SELECT = "select new fr.inserre.kiosk.attendance.AttendanceLine(r.id, r.detainee.id, s.id, "
            + "r.sessionDate, s.startAt, s.endAt, a.id, a.title, a.kind, a.workType, a.payClass, a.paid, r.status, "
            + "r.presentFrom, r.presentTo, r.minutes, r.absenceReason, case when t.status = "
            + "fr.inserre.kiosk.attendance.TimesheetStatus.VALIDATED then fr.inserre.kiosk.attendance.LineStatus.VALIDATED "
            + "else fr.inserre.kiosk.attendance.LineStatus.PENDING end) "
            + "from Attendance r join r.session s join r.activity a "
            + "left join Timesheet t on t.detainee = r.detainee and t.activity = r.activity and t.weekStart = r.weekStart ";
    static final String ORDER = " order by r.sessionDate, s.startAt, r.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    StaffAccess staffAccess;

    /** The logged-in detainee's own lines (kiosk: "Mes heures", disputes). */
    @RolesAllowed(Roles.DETAINEE)
    public AttendanceLines mine(@NotNull LocalDate from, @NotNull LocalDate to) {
        Long detaineeId = actor.detaineeId();
        if (detaineeId == null) {
            throw new EJBAccessException("not a detainee");
        }
        return new AttendanceLines(detaineeId, from, to, ofDetainee(detaineeId, from, to));
    }

    /**
     * One of the logged-in detainee's own lines (the line a dispute is about), in one statement; empty when
     * it does not exist or is someone else's.
     */
    @RolesAllowed(Roles.DETAINEE)
    public java.util.Optional<AttendanceLine> mineOne(long attendanceId) {
        Long detaineeId = actor.detaineeId();
        if (detaineeId == null) {
            throw new EJBAccessException("not a detainee");
        }
        return em.createQuery(SELECT + "where r.id = :id and r.detainee.id = :d", AttendanceLine.class)
                .setParameter("id", attendanceId).setParameter("d", detaineeId).getResultStream().findFirst();
    }

    /** A detainee's lines, for staff of their establishment (statement, attestation, the file). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM})
    public AttendanceLines of(long detaineeId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Long establishmentId = em.createQuery("select d.establishment.id from Detainee d where d.id = :id", Long.class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownDetaineeException(detaineeId));
        staffAccess.requireEstablishment(establishmentId);
        return new AttendanceLines(detaineeId, from, to, ofDetainee(detaineeId, from, to));
    }

    /**
     * Every detainee's lines of the establishment over the period (monthly statements for all), by
     * detainee id, in one statement.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Map<Long, AttendanceLines> ofEstablishment(long establishmentId, @NotNull LocalDate from,
            @NotNull LocalDate to) {
        staffAccess.requireEstablishment(establishmentId);
        Map<Long, List<AttendanceLine>> byDetainee = new LinkedHashMap<>();
        em.createQuery(SELECT + "where r.establishment.id = :e and r.sessionDate between :from and :to"
                + " order by r.detainee.id, r.sessionDate, s.startAt, r.id", AttendanceLine.class)
                .setParameter("e", establishmentId).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(line -> byDetainee.computeIfAbsent(line.detaineeId(),
                        k -> new java.util.ArrayList<>()).add(line));
        Map<Long, AttendanceLines> result = new LinkedHashMap<>();
        byDetainee.forEach((id, lines) -> result.put(id, new AttendanceLines(id, from, to, List.copyOf(lines))));
        return result;
    }

    private List<AttendanceLine> ofDetainee(long detaineeId, LocalDate from, LocalDate to) {
        return em.createQuery(SELECT + "where r.detainee.id = :d and r.sessionDate between :from and :to" + ORDER,
                AttendanceLine.class).setParameter("d", detaineeId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
