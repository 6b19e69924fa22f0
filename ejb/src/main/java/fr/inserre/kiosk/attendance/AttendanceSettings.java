package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalStatus;
import fr.inserre.kiosk.terminal.UnknownTerminalException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Attendance configuration of an establishment: its working-time limits and clocking tolerance (the
 * direction), and which activities each workshop terminal clocks for (IT, managers, direction).
 */
@Stateless
@RolesAllowed({Roles.IT_ADMIN, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
public class AttendanceSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    EstablishmentService establishments;

    @Inject
    Policies policies;

    @Inject
    AuditTrail audit;

    /** The establishment's limits (the defaults, version -1, until the direction sets its own). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.IT_ADMIN,
        Roles.SYSTEM})
    public AttendancePolicy policy(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return policies.of(establishmentId);
    }

    /** Sets the establishment's limits; {@code versionSeen} -1 when it had none. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public AttendancePolicy changePolicy(long establishmentId, long versionSeen, int maxDayMinutes, int maxWeekMinutes,
            int minRestDays, int clockInEarlyMinutes, int longSessionMinutes) {
        staffAccess.requireEstablishment(establishmentId);
        AttendancePolicy policy = em.createNamedQuery("AttendancePolicy.findByEstablishment", AttendancePolicy.class)
                .setParameter("establishmentId", establishmentId).getResultStream().findFirst().orElse(null);
        if (policy == null) {
            Establishment establishment = establishments.get(establishmentId);
            policy = new AttendancePolicy(establishment);
            policy.change(maxDayMinutes, maxWeekMinutes, minRestDays, clockInEarlyMinutes, longSessionMinutes);
            em.persist(policy);
        } else {
            ChangedMeanwhileException.check(policy, versionSeen);
            policy.change(maxDayMinutes, maxWeekMinutes, minRestDays, clockInEarlyMinutes, longSessionMinutes);
        }
        em.flush();
        audit.recordWithDetail("attendance.policy.change", "AttendancePolicy", policy.getId(),
                maxDayMinutes + "/" + maxWeekMinutes + "/" + minRestDays + "/" + clockInEarlyMinutes + "/"
                        + longSessionMinutes);
        return policy;
    }

    /** Lets a workshop terminal clock for an activity of its establishment (nothing if it already does). */
    public ClockPoint bind(long terminalId, long activityId) {
        Terminal terminal = em.find(Terminal.class, terminalId);
        Activity activity = em.find(Activity.class, activityId);
        if (terminal == null) {
            throw new UnknownTerminalException(terminalId);
        }
        if (activity == null || !activity.getEstablishment().getId().equals(terminal.getEstablishment().getId())) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(terminal.getEstablishment().getId());
        if (terminal.getKind() != TerminalKind.WORKSHOP) {
            throw new NotAWorkshopTerminalException();
        }
        List<ClockPoint> existing = em.createNamedQuery("ClockPoint.find", ClockPoint.class)
                .setParameter("terminalId", terminalId).setParameter("activityId", activityId).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        ClockPoint point = new ClockPoint(terminal, activity);
        em.persist(point);
        em.flush();
        audit.recordWithDetail("attendance.clockPoint.bind", "ClockPoint", point.getId(),
                terminal.getCode() + " -> " + activity.getTitle());
        return point;
    }

    /**
     * Stops a workshop terminal clocking for an activity (nothing if it did not). Attendance already
     * recorded there stays; the next tap for that activity at this terminal is refused.
     */
    public void unbind(long terminalId, long activityId) {
        Terminal terminal = em.find(Terminal.class, terminalId);
        if (terminal == null) {
            throw new UnknownTerminalException(terminalId);
        }
        staffAccess.requireEstablishment(terminal.getEstablishment().getId());
        List<ClockPoint> existing = em.createNamedQuery("ClockPoint.find", ClockPoint.class)
                .setParameter("terminalId", terminalId).setParameter("activityId", activityId).getResultList();
        for (ClockPoint point : existing) {
            audit.recordWithDetail("attendance.clockPoint.unbind", "ClockPoint", point.getId(),
                    terminal.getCode() + " -/-> " + point.getActivity().getTitle());
            em.remove(point);
        }
    }

    /** Every terminal–activity link of the establishment, by terminal code then activity title (one statement). */
    public List<ClockPointView> clockPoints(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("ClockPoint.ofEstablishment", ClockPointView.class)
                .setParameter("establishmentId", establishmentId).getResultList();
    }

    /** The establishment's workshop terminals that are not revoked, to pick from. */
    public List<PickableTerminal> workshopTerminals(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select new fr.inserre.kiosk.attendance.PickableTerminal(t.id, t.code, t.location) "
                + "from Terminal t where t.establishment.id = :establishmentId and t.kind = :kind "
                + "and t.status <> :revoked order by t.code", PickableTerminal.class)
                .setParameter("establishmentId", establishmentId).setParameter("kind", TerminalKind.WORKSHOP)
                .setParameter("revoked", TerminalStatus.REVOKED).getResultList();
    }

    /** The establishment's activities not over on the day, to pick from. */
    public List<PickableActivity> clockableActivities(long establishmentId, LocalDate day) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select new fr.inserre.kiosk.attendance.PickableActivity(a.id, a.title, a.kind, a.place) "
                + "from Activity a where a.establishment.id = :establishmentId "
                + "and (a.endDate is null or a.endDate >= :day) order by a.title", PickableActivity.class)
                .setParameter("establishmentId", establishmentId).setParameter("day", day).getResultList();
    }

    /** The activities a terminal clocks for. */
    public List<Activity> activitiesOf(long terminalId) {
        Terminal terminal = em.find(Terminal.class, terminalId);
        if (terminal == null) {
            throw new UnknownTerminalException(terminalId);
        }
        staffAccess.requireEstablishment(terminal.getEstablishment().getId());
        return em.createNamedQuery("ClockPoint.ofTerminal", ClockPoint.class).setParameter("terminalId", terminalId)
                .getResultStream().map(ClockPoint::getActivity).toList();
    }
}
