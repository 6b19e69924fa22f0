package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.KioskLanguage;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A detainee's planning between two dates: the sessions of their activities on the days their
 * allocations cover (not while suspended), and their appointments, cancelled and moved ones
 * included. Two SQL statements whatever the number of activities, sessions or detainees.
 */
@Dependent
public class Plannings {

    @PersistenceContext
    EntityManager em;

    /** The planning between two dates; activities are described in French (a week's list shows no description). */
    public List<ScheduleItem> between(long detaineeId, LocalDate from, LocalDate to) {
        List<ScheduleItem> items = new ArrayList<>(sessions(detaineeId, from, to, null, KioskLanguage.FR));
        em.createQuery("select a from Appointment a where a.detainee.id = :detainee and a.startAt >= :start "
                + "and a.startAt < :end", Appointment.class)
                .setParameter("detainee", detaineeId)
                .setParameter("start", from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("end", to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultStream()
                .forEach(a -> items.add(ScheduleItem.of(a, LocalDate.ofInstant(a.getStartAt(), ClockProducer.ZONE))));
        items.sort(Comparator.comparing(ScheduleItem::start).thenComparing(ScheduleItem::id));
        return items;
    }

    /** One session of the detainee's planning, if it is theirs, its activity described for a reader of {@code language}. */
    public List<ScheduleItem> session(long detaineeId, long sessionId, KioskLanguage language) {
        return sessions(detaineeId, null, null, sessionId, language);
    }

    private List<ScheduleItem> sessions(long detaineeId, LocalDate from, LocalDate to, Long sessionId,
            KioskLanguage language) {
        String range = sessionId == null ? " and s.date between :from and :to" : " and s.id = :id";
        var query = em.createQuery("select distinct s from ActivitySession s join fetch s.activity, Allocation a "
                + "where a.activity = s.activity and a.detainee.id = :detainee and a.status in :expected "
                + "and a.fromDate <= s.date and (a.untilDate is null or a.untilDate >= s.date)" + range
                + " order by s.startAt", ActivitySession.class)
                .setParameter("detainee", detaineeId)
                .setParameter("expected", List.of(AllocationStatus.ACTIVE, AllocationStatus.ENDED));
        if (language != KioskLanguage.FR) {
            // A reader of another language than French gets the activities' language versions in the same statement.
            EntityGraph<ActivitySession> versions = em.createEntityGraph(ActivitySession.class);
            versions.addSubgraph("activity").addAttributeNodes("translations");
            query.setHint("jakarta.persistence.loadgraph", versions);
        }
        if (sessionId == null) {
            query.setParameter("from", from).setParameter("to", to);
        } else {
            query.setParameter("id", sessionId);
        }
        return query.getResultStream().map(session -> ScheduleItem.of(session, language)).toList();
    }
}
