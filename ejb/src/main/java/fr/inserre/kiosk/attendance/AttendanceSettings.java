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
import fr.inserre.kiosk.terminal.UnknownTerminalException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
