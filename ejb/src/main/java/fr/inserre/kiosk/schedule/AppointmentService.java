package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.notification.Notifications;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One-off appointments of a detainee (CPIP, partner, visit, medical). Booking over another commitment
 * is refused unless a manager (or the CPIP, for their appointments) overrides it with a reason.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class AppointmentService {

    /** Who books appointments: the CPIP, supervisors (visits, medical times given by the health unit), direction. */
    static final String[] BOOKERS = {Roles.PROBATION_OFFICER, Roles.SUPERVISOR, Roles.DIRECTION, Roles.SYSTEM};
    /** Who may book over a conflict, with a reason. */
    static final String[] OVERRIDERS = {Roles.PROBATION_OFFICER, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER,
        Roles.DIRECTION, Roles.SYSTEM};

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Commitments commitments;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Books an appointment for the detainee on the date, from start to end (local times). For a
     * medical appointment, place and person are dropped: only the time is kept.
     */
    @RolesAllowed({Roles.PROBATION_OFFICER, Roles.SUPERVISOR, Roles.DIRECTION, Roles.SYSTEM})
    public Appointment book(long detaineeId, @NotNull AppointmentKind kind, @NotNull LocalDate date,
            @NotNull LocalTime start, @NotNull LocalTime end, @Size(max = Appointment.TEXT_MAX) String place,
            @Size(max = Appointment.TEXT_MAX) String withWhom, @Size(max = Appointment.REASON_MAX) String overrideReason) {
        // The lock on the detainee serialises bookings for one person: two staff cannot book the same hour.
        Detainee detainee = em.find(Detainee.class, detaineeId, LockModeType.PESSIMISTIC_WRITE);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        if (!end.isAfter(start)) {
            throw new InvalidSlotException();
        }
        Interval when = new Interval(ZonedDateTime.of(date, start, ClockProducer.ZONE).toInstant(),
                ZonedDateTime.of(date, end, ClockProducer.ZONE).toInstant());
        if (!when.start().isAfter(clock.instant())) {
            throw new InPastException();
        }
        Optional<Commitment> conflict = Conflicts.first(List.of(when),
                commitments.of(detaineeId, date, date, null));
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (conflict.isPresent()) {
            if (override == null) {
                throw ScheduleConflictException.with(conflict.get(), ClockProducer.ZONE);
            }
            if (!mayOverride()) {
                throw new OverrideNotAllowedException();
            }
        }
        Appointment appointment = new Appointment(detainee, kind, when, place, withWhom,
                conflict.isPresent() ? override : null);
        em.persist(appointment);
        notifications.tell(detaineeId, NotificationKind.APPOINTMENT_BOOKED, kind.name(), when.start(), null);
        if (conflict.isPresent()) {
            audit.recordWithDetail("schedule.appointment.override", "Appointment", appointment.getId(),
                    (conflict.get().appointment() ? "appointment" : conflict.get().what()) + " at "
                            + conflict.get().start() + " / " + override);
        }
        audit.recordWithDetail("schedule.appointment.book", "Appointment", appointment.getId(), kind.name());
        return appointment;
    }

    private boolean mayOverride() {
        for (String role : OVERRIDERS) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Cancels an appointment still to come; the detainee is told why. */
    @RolesAllowed({Roles.PROBATION_OFFICER, Roles.SUPERVISOR, Roles.DIRECTION, Roles.SYSTEM})
    public Appointment cancel(long appointmentId, long versionSeen,
            @NotBlank @Size(max = Appointment.REASON_MAX) String reason) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null) {
            throw new UnknownAppointmentException(appointmentId);
        }
        staffAccess.requireEstablishment(appointment.getEstablishment().getId());
        ChangedMeanwhileException.check(appointment, versionSeen);
        if (!appointment.getEndAt().isAfter(clock.instant())) {
            throw new InPastException();
        }
        appointment.cancel(reason);
        notifications.tell(appointment.getDetainee().getId(), NotificationKind.APPOINTMENT_CANCELLED,
                appointment.getKind().name(), appointment.getStartAt(), appointment.getCancelReason());
        audit.record("schedule.appointment.cancel", "Appointment", appointmentId);
        return appointment;
    }

    /** Cancels every appointment still to come of a detainee who leaves (release or transfer). */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public int cancelAllOf(long detaineeId, @NotBlank @Size(max = Appointment.REASON_MAX) String reason) {
        // No flush before this read: a release changes no appointment before it, and a roster import that
        // releases thousands in one transaction must not dirty-check its whole context at each person.
        List<Appointment> coming = em.createQuery("select a from Appointment a where a.detainee.id = :detainee "
                + "and a.state = :planned and a.startAt > :now", Appointment.class)
                .setParameter("detainee", detaineeId).setParameter("planned", AppointmentState.PLANNED)
                .setParameter("now", clock.instant()).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Appointment appointment : coming) {
            staffAccess.requireEstablishment(appointment.getEstablishment().getId());
            appointment.cancel(reason);
            audit.record("schedule.appointment.cancel", "Appointment", appointment.getId());
        }
        return coming.size();
    }

    /** The establishment's appointments still to come from a date, with the detainees, in time order. */
    public List<Appointment> upcoming(long establishmentId, @NotNull LocalDate from, int max) {
        staffAccess.requireEstablishment(establishmentId);
        EntityGraph<Appointment> withDetainee = em.createEntityGraph(Appointment.class);
        withDetainee.addSubgraph("detainee").addAttributeNodes("cell");
        return em.createQuery("select a from Appointment a where a.establishment.id = :e and a.startAt >= :start "
                + "order by a.startAt", Appointment.class)
                .setParameter("e", establishmentId)
                .setParameter("start", from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setHint("jakarta.persistence.fetchgraph", withDetainee)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }
}
