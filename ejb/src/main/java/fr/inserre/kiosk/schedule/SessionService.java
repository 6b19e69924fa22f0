package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
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
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated sessions: managers cancel or move them (with a reason the detainees read in their
 * notifications); staff see an activity's sessions and who is expected where on a day.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Sessions sessions;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    Plannings plannings;

    @Resource
    SessionContext context;

    /** Cancels a session still to come; the detainees expected are told why. */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public ActivitySession cancel(long sessionId, long versionSeen,
            @NotBlank @Size(max = ActivitySession.REASON_MAX) String reason) {
        ActivitySession session = managed(sessionId, versionSeen);
        sessions.cancelAll(List.of(session), reason);
        audit.recordWithDetail("schedule.session.cancel", "ActivitySession", sessionId, reason.strip());
        return session;
    }

    /**
     * Moves a session still to come to another day or time (and place, if given); the detainees
     * expected are told. The new time is not checked against their other commitments: a moved
     * session is the establishment's decision, and supervisors see the result in the day's list.
     */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public ActivitySession move(long sessionId, long versionSeen, @NotNull LocalDate date, @NotNull LocalTime start,
            @NotNull LocalTime end, @Size(max = Activity.PLACE_MAX) String place,
            @NotBlank @Size(max = ActivitySession.REASON_MAX) String reason) {
        ActivitySession session = managed(sessionId, versionSeen);
        if (!end.isAfter(start)) {
            throw new InvalidSlotException();
        }
        Interval when = new Interval(ZonedDateTime.of(date, start, ClockProducer.ZONE).toInstant(),
                ZonedDateTime.of(date, end, ClockProducer.ZONE).toInstant());
        if (!when.start().isAfter(clock.instant())) {
            throw new InPastException();
        }
        List<Long> expected = sessions.expectedAt(session);
        session.moveTo(date, when, place, reason);
        notifications.tellAll(expected, NotificationKind.SESSION_MOVED, session.getActivity().getTitle(),
                session.getStartAt(), session.getReason());
        audit.recordWithDetail("schedule.session.move", "ActivitySession", sessionId, date + " " + start + "-" + end);
        return session;
    }

    /** An activity's sessions between two dates (cancelled ones included), in time order. */
    public List<ActivitySession> ofActivity(long activityId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        return em.createQuery("select s from ActivitySession s where s.activity = :activity "
                + "and s.date between :from and :to order by s.startAt", ActivitySession.class)
                .setParameter("activity", activity).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /**
     * Who is expected where on a day: every session of the establishment that day with the detainees
     * allocated (cells included), and the day's appointments, in three statements.
     */
    public ExpectedDay expected(long establishmentId, @NotNull LocalDate date) {
        staffAccess.requireEstablishment(establishmentId);
        EntityGraph<ActivitySession> withActivity = em.createEntityGraph(ActivitySession.class);
        withActivity.addAttributeNodes("activity");
        List<ActivitySession> day = em.createQuery("select s from ActivitySession s join s.activity a "
                + "where a.establishment.id = :establishment and s.date = :date order by s.startAt, a.title",
                ActivitySession.class)
                .setParameter("establishment", establishmentId).setParameter("date", date)
                .setHint("jakarta.persistence.fetchgraph", withActivity).getResultList();
        Map<Long, List<Detainee>> byActivity = new LinkedHashMap<>();
        if (!day.isEmpty()) {
            EntityGraph<Allocation> withDetainee = em.createEntityGraph(Allocation.class);
            withDetainee.addSubgraph("detainee").addAttributeNodes("cell");
            // Someone who has left is expected nowhere from the day they left (even where an allocation
            // to start later was ended on its first day).
            em.createQuery("select a from Allocation a join a.detainee d where a.activity in :activities "
                    + "and a.status in :expected and a.fromDate <= :date and (a.untilDate is null or a.untilDate >= :date) "
                    + "and (d.releasedOn is null or d.releasedOn > :date) "
                    + "order by d.lastName, d.firstName", Allocation.class)
                    .setParameter("activities", day.stream().map(ActivitySession::getActivity).distinct().toList())
                    .setParameter("expected", List.of(AllocationStatus.ACTIVE, AllocationStatus.ENDED))
                    .setParameter("date", date)
                    .setHint("jakarta.persistence.fetchgraph", withDetainee).getResultStream()
                    .forEach(a -> byActivity.computeIfAbsent(a.getActivity().getId(), k -> new ArrayList<>())
                            .add(a.getDetainee()));
        }
        List<ExpectedDay.ExpectedSession> expected = day.stream().map(s -> new ExpectedDay.ExpectedSession(s,
                byActivity.getOrDefault(s.getActivity().getId(), List.of()))).toList();
        EntityGraph<Appointment> withPerson = em.createEntityGraph(Appointment.class);
        withPerson.addSubgraph("detainee").addAttributeNodes("cell");
        List<Appointment> appointments = em.createQuery("select a from Appointment a where a.establishment.id = :e "
                + "and a.state = :planned and a.startAt >= :start and a.startAt < :end order by a.startAt",
                Appointment.class)
                .setParameter("e", establishmentId).setParameter("planned", AppointmentState.PLANNED)
                .setParameter("start", date.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("end", date.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .setHint("jakarta.persistence.fetchgraph", withPerson).getResultList();
        return new ExpectedDay(date, expected, appointments);
    }

    /** A detainee's planning for the seven days from {@code from}, for staff of their establishment. */
    public List<ScheduleItem> planningOf(long detaineeId, @NotNull LocalDate from) {
        // The establishment's id alone (one statement): the planning itself needs nothing else of the file.
        Long establishmentId = em.createQuery("select d.establishment.id from Detainee d where d.id = :id", Long.class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .orElseThrow(() -> new fr.inserre.kiosk.detainee.UnknownDetaineeException(detaineeId));
        staffAccess.requireEstablishment(establishmentId);
        return plannings.between(detaineeId, from, from.plusDays(6));
    }

    private ActivitySession managed(long sessionId, long versionSeen) {
        ActivitySession session = em.find(ActivitySession.class, sessionId);
        if (session == null) {
            throw new UnknownSessionException(sessionId);
        }
        Activity activity = session.getActivity();
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        ActivityManagers.require(activity, context::isCallerInRole);
        ChangedMeanwhileException.check(session, versionSeen);
        if (!session.getEndAt().isAfter(clock.instant())) {
            throw new InPastException();
        }
        return session;
    }
}
