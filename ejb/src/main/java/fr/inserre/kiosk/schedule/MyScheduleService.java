package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Mon planning": the logged-in detainee's sessions and appointments, cancelled and moved ones
 * included (shown as such, never silently removed). No method takes a detainee id: it is always the
 * caller's own planning. A week costs two SQL statements whatever the size of the establishment.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyScheduleService {

    /** The kiosk shows from last week to this many weeks ahead (the planning horizon). */
    public static final int WEEKS_AHEAD = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** My planning for the seven days from {@code from}, in time order. */
    public List<ScheduleItem> week(@NotNull LocalDate from) {
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today.minusDays(7)) || from.isAfter(today.plusWeeks(WEEKS_AHEAD))) {
            throw new WeekOutOfRangeException();
        }
        return between(me(), from, from.plusDays(6));
    }

    /** One item of my planning, for its detail screen; refused if it is not mine. */
    public ScheduleItem item(@NotNull ScheduleItem.Type type, long id) {
        long me = me();
        if (type == ScheduleItem.Type.APPOINTMENT) {
            Appointment appointment = em.find(Appointment.class, id);
            if (appointment == null || appointment.getDetainee().getId() != me) {
                throw new UnknownAppointmentException(id);
            }
            return ScheduleItem.of(appointment, LocalDate.ofInstant(appointment.getStartAt(), ClockProducer.ZONE));
        }
        return sessions(me, null, null, id).stream().findFirst().orElseThrow(() -> new UnknownSessionException(id));
    }

    private List<ScheduleItem> between(long me, LocalDate from, LocalDate to) {
        List<ScheduleItem> items = new ArrayList<>(sessions(me, from, to, null));
        em.createQuery("select a from Appointment a where a.detainee.id = :me and a.startAt >= :start "
                + "and a.startAt < :end", Appointment.class)
                .setParameter("me", me)
                .setParameter("start", from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("end", to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultStream()
                .forEach(a -> items.add(ScheduleItem.of(a, LocalDate.ofInstant(a.getStartAt(), ClockProducer.ZONE))));
        items.sort(Comparator.comparing(ScheduleItem::start).thenComparing(ScheduleItem::id));
        return items;
    }

    /** Sessions of my activities on days my allocation covers (and not suspended), one statement. */
    private List<ScheduleItem> sessions(long me, LocalDate from, LocalDate to, Long sessionId) {
        EntityGraph<ActivitySession> withActivity = em.createEntityGraph(ActivitySession.class);
        withActivity.addAttributeNodes("activity");
        String range = sessionId == null ? " and s.date between :from and :to" : " and s.id = :id";
        var query = em.createQuery("select distinct s from ActivitySession s, Allocation a "
                + "where a.activity = s.activity and a.detainee.id = :me and a.status in :expected "
                + "and a.fromDate <= s.date and (a.untilDate is null or a.untilDate >= s.date)" + range
                + " order by s.startAt", ActivitySession.class)
                .setParameter("me", me)
                .setParameter("expected", List.of(AllocationStatus.ACTIVE, AllocationStatus.ENDED))
                .setHint("jakarta.persistence.fetchgraph", withActivity);
        if (sessionId == null) {
            query.setParameter("from", from).setParameter("to", to);
        } else {
            query.setParameter("id", sessionId);
        }
        return query.getResultStream().map(ScheduleItem::of).toList();
    }

    private long me() {
        Long me = actor.detaineeId();
        if (me == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return me;
    }
}
