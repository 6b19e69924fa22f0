package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.ClockProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an activity's slots into dated session rows, up to a horizon of {@value #HORIZON_DAYS} days
 * ahead: far enough for the kiosk's weeks ahead and for attendance, near enough that a change of
 * slots touches few rows. Never plans the past, never plans a session twice (an existing session of
 * the same slot and day, whatever its state, is kept as it is). Works in the caller's transaction.
 */
@Dependent
public class SessionPlanner {

    /** Sessions exist as rows up to this many days ahead (eight weeks, plus the current week). */
    public static final int HORIZON_DAYS = 63;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate horizon() {
        return LocalDate.now(clock).plusDays(HORIZON_DAYS);
    }

    /** Plans after what is already planned, up to the horizon. Returns how many sessions were created. */
    public int extend(Activity activity) {
        LocalDate from = activity.getPlannedUntil() == null ? LocalDate.MIN : activity.getPlannedUntil().plusDays(1);
        return plan(activity, activity.recurrence(ClockProducer.ZONE), from);
    }

    /** Plans every missing session from today to the horizon (after the activity's dates were widened). */
    public int fillGaps(Activity activity) {
        return plan(activity, activity.recurrence(ClockProducer.ZONE), LocalDate.MIN);
    }

    /** Plans a newly added slot from today to the horizon. */
    public int planSlot(Activity activity, ActivitySlot slot) {
        return plan(activity, new Recurrence(List.of(slot.rule()), activity.getRotaWeeks(), activity.getStartDate(),
                ClockProducer.ZONE), LocalDate.MIN);
    }

    private int plan(Activity activity, Recurrence recurrence, LocalDate notBefore) {
        LocalDate from = Commitments.latest(LocalDate.now(clock), activity.getStartDate(), notBefore);
        LocalDate to = Commitments.earliest(horizon(), activity.getEndDate());
        int created = 0;
        if (!to.isBefore(from)) {
            Set<String> existing = new HashSet<>();
            em.createQuery("select s.slotId, s.date from ActivitySession s where s.activity = :activity "
                    + "and s.date between :from and :to", Object[].class)
                    .setParameter("activity", activity).setParameter("from", from).setParameter("to", to)
                    .getResultStream().forEach(row -> existing.add(row[0] + "@" + row[1]));
            for (Occurrence occurrence : recurrence.expand(from, to, holidays(activity, from, to))) {
                if (existing.add(occurrence.slotId() + "@" + occurrence.date())) {
                    em.persist(new ActivitySession(activity, occurrence));
                    created++;
                }
            }
        }
        if (activity.getPlannedUntil() == null || horizon().isAfter(activity.getPlannedUntil())) {
            activity.plannedUntil(horizon());
        }
        return created;
    }

    /** The establishment's holidays between two dates. */
    public Set<LocalDate> holidays(Activity activity, LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery("select h.date from Holiday h where h.establishment = :establishment "
                + "and h.date between :from and :to", LocalDate.class)
                .setParameter("establishment", activity.getEstablishment())
                .setParameter("from", from).setParameter("to", to).getResultList());
    }
}
