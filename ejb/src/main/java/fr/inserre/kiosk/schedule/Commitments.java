package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.ClockProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a detainee is expected between two dates: the sessions of the activities they are allocated
 * to (planned rows up to the planning horizon, the slots beyond it), and their appointments. A
 * suspended allocation and a cancelled session or appointment expect nobody.
 */
@Dependent
public class Commitments {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionPlanner planner;

    /**
     * The detainee's commitments from {@code from} to {@code to} inclusive, leaving out one activity
     * (the one being allocated, null for none) and one appointment (the one being changed, null for none).
     */
    public List<Commitment> of(long detaineeId, LocalDate from, LocalDate to, Long exceptActivityId) {
        List<Commitment> commitments = new ArrayList<>();
        EntityGraph<?> withActivity = em.createEntityGraph(Allocation.class);
        withActivity.addSubgraph("activity").addAttributeNodes("slots");
        List<Allocation> allocations = em.createQuery("select a from Allocation a where a.detainee.id = :detainee "
                + "and a.status in :expected and a.fromDate <= :to and (a.untilDate is null or a.untilDate >= :from)",
                Allocation.class)
                .setParameter("detainee", detaineeId)
                .setParameter("expected", List.of(AllocationStatus.ACTIVE, AllocationStatus.ENDED))
                .setParameter("from", from).setParameter("to", to)
                .setHint("jakarta.persistence.fetchgraph", withActivity)
                .getResultList().stream()
                .filter(a -> !Objects.equals(a.getActivity().getId(), exceptActivityId)).toList();
        if (!allocations.isEmpty()) {
            List<ActivitySession> sessions = em.createQuery("select s from ActivitySession s where s.activity in :activities "
                    + "and s.date between :from and :to and s.state <> :cancelled", ActivitySession.class)
                    .setParameter("activities", allocations.stream().map(Allocation::getActivity).distinct().toList())
                    .setParameter("from", from).setParameter("to", to)
                    .setParameter("cancelled", SessionState.CANCELLED).getResultList();
            for (Allocation allocation : allocations) {
                Activity activity = allocation.getActivity();
                for (ActivitySession session : sessions) {
                    if (session.getActivity().equals(activity) && allocation.covers(session.getDate())) {
                        commitments.add(Commitment.session(activity.getTitle(), session.interval()));
                    }
                }
                commitments.addAll(beyondPlanned(allocation, from, to));
            }
        }
        em.createQuery("select a from Appointment a where a.detainee.id = :detainee and a.state = :planned "
                + "and a.startAt < :end and a.endAt > :start", Appointment.class)
                .setParameter("detainee", detaineeId).setParameter("planned", AppointmentState.PLANNED)
                .setParameter("start", from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("end", to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultStream().forEach(a -> commitments.add(Commitment.appointment(a.interval())));
        return commitments;
    }

    /** The occurrences of an allocation's activity after its planned sessions, from its slots. */
    private List<Commitment> beyondPlanned(Allocation allocation, LocalDate from, LocalDate to) {
        Activity activity = allocation.getActivity();
        LocalDate start = latest(from, allocation.getFromDate(), activity.getStartDate(),
                activity.getPlannedUntil() == null ? null : activity.getPlannedUntil().plusDays(1));
        LocalDate end = earliest(to, allocation.getUntilDate(), activity.getEndDate());
        if (end.isBefore(start)) {
            return List.of();
        }
        return activity.recurrence(ClockProducer.ZONE).expand(start, end, planner.holidays(activity, start, end))
                .stream().map(o -> Commitment.session(activity.getTitle(), o.interval())).toList();
    }

    static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate date : others) {
            if (date != null && date.isAfter(latest)) {
                latest = date;
            }
        }
        return latest;
    }

    static LocalDate earliest(LocalDate first, LocalDate... others) {
        LocalDate earliest = first;
        for (LocalDate date : others) {
            if (date != null && date.isBefore(earliest)) {
                earliest = date;
            }
        }
        return earliest;
    }
}
