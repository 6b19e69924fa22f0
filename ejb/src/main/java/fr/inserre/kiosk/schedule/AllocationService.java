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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places detainees on activities. An allocation is refused when the activity is full for the period,
 * when it does not run then, or when the detainee is already expected elsewhere at one of its
 * sessions, unless a manager of the activity overrides that conflict with a reason (audited).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class AllocationService {

    /**
     * Conflicts are looked for over this many weeks from the allocation's first day (or its whole
     * period if shorter): a pattern of weekly rotas of up to four weeks repeats within twelve weeks.
     */
    static final int CONFLICT_WEEKS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Commitments commitments;

    @Inject
    SessionPlanner planner;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Allocates the detainee to the activity from {@code from} until {@code until} (null: open-ended).
     * With an {@code overrideReason}, a schedule conflict is accepted and audited; without one it is refused.
     */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Allocation allocate(long activityId, long detaineeId, @NotNull LocalDate from, LocalDate until,
            @Size(max = Allocation.TEXT_MAX) String overrideReason) {
        // The lock serialises allocations to one activity: two managers cannot both take its last place.
        Activity activity = em.find(Activity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        ActivityManagers.require(activity, context::isCallerInRole);
        Detainee detainee = presentDetainee(detaineeId, activity);
        if (until != null && until.isBefore(from)) {
            throw new InvalidPeriodException();
        }
        if (!activity.runsOn(from) || (until != null && !activity.runsOn(until))) {
            throw new ActivityNotRunningException(activity.getTitle());
        }
        LocalDate last = until == null ? activity.getEndDate() : until;
        if (em.createQuery("select count(a) from Allocation a where a.activity = :activity and a.detainee = :detainee "
                + "and a.fromDate <= :until and (a.untilDate is null or a.untilDate >= :from)", Long.class)
                .setParameter("activity", activity).setParameter("detainee", detainee).setParameter("from", from)
                .setParameter("until", last == null ? LocalDate.of(9999, 12, 31) : last).getSingleResult() > 0) {
            throw new AlreadyAllocatedException(activity.getTitle());
        }
        if (!hasRoom(activity, from, last)) {
            throw new ActivityFullException(activity.getTitle(), activity.getCapacity());
        }
        Optional<Commitment> conflict = firstConflict(activity, detainee, from, last);
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (conflict.isPresent() && override == null) {
            throw ScheduleConflictException.with(conflict.get(), ClockProducer.ZONE);
        }
        Allocation allocation = new Allocation(detainee, activity, from, last, conflict.isPresent() ? override : null);
        em.persist(allocation);
        notifications.tell(detainee.getId(), NotificationKind.ALLOCATED, activity.getTitle(),
                from.atStartOfDay(ClockProducer.ZONE).toInstant(), null);
        if (conflict.isPresent()) {
            audit.recordWithDetail("schedule.allocation.override", "Allocation", allocation.getId(),
                    describe(conflict.get()) + " / " + override);
        }
        audit.record("schedule.allocation.create", "Allocation", allocation.getId());
        return allocation;
    }

    /**
     * Whether one more person fits on the activity every day from {@code from} until {@code until}
     * (null: open-ended), without refusing: a training request asks this before choosing between
     * allocating and waitlisting. Call it with the activity locked to rely on the answer.
     */
    public boolean hasRoom(long activityId, @NotNull LocalDate from, LocalDate until) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        return hasRoom(activity, from, until == null ? activity.getEndDate() : until);
    }

    private boolean hasRoom(Activity activity, LocalDate from, LocalDate last) {
        List<Allocation> holding = em.createQuery("select a from Allocation a where a.activity = :activity "
                + "and a.status <> :ended and a.fromDate <= :until and (a.untilDate is null or a.untilDate >= :from)",
                Allocation.class)
                .setParameter("activity", activity).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("from", from).setParameter("until", last == null ? LocalDate.of(9999, 12, 31) : last)
                .getResultList();
        return Capacity.peak(holding.stream().map(a -> new Capacity.Period(a.getFromDate(), a.getUntilDate())).toList(),
                from, last) < activity.getCapacity();
    }

    private Optional<Commitment> firstConflict(Activity activity, Detainee detainee, LocalDate from, LocalDate until) {
        LocalDate start = Commitments.latest(from, LocalDate.now(clock));
        LocalDate end = Commitments.earliest(start.plusWeeks(CONFLICT_WEEKS).minusDays(1), until);
        if (end.isBefore(start)) {
            return Optional.empty();
        }
        List<Interval> wanted = new ArrayList<>();
        // The activity's own planned sessions where they exist (a moved one counts where it is now)...
        List<ActivitySession> planned = em.createQuery("select s from ActivitySession s where s.activity = :activity "
                + "and s.state <> :cancelled and s.date between :from and :to", ActivitySession.class)
                .setParameter("activity", activity).setParameter("cancelled", SessionState.CANCELLED)
                .setParameter("from", start).setParameter("to", end).getResultList();
        planned.forEach(s -> wanted.add(s.interval()));
        // ...and its slots beyond what is planned.
        LocalDate beyond = activity.getPlannedUntil() == null ? start
                : Commitments.latest(start, activity.getPlannedUntil().plusDays(1));
        if (!end.isBefore(beyond)) {
            activity.recurrence(ClockProducer.ZONE).expand(beyond, end, planner.holidays(activity, beyond, end))
                    .forEach(o -> wanted.add(o.interval()));
        }
        return Conflicts.first(wanted, commitments.of(detainee.getId(), start, end, activity.getId()));
    }

    private static String describe(Commitment conflict) {
        return (conflict.appointment() ? "appointment" : conflict.what()) + " at " + conflict.start();
    }

    /** Ends an allocation after its last day, with the reason; the detainee is told. */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Allocation end(long allocationId, long versionSeen, @NotNull LocalDate lastDay,
            @NotNull AllocationEndReason reason, @Size(max = Allocation.TEXT_MAX) String comment) {
        Allocation allocation = managed(allocationId, versionSeen);
        allocation.end(lastDay, reason, comment);
        notifications.tell(allocation.getDetainee().getId(), NotificationKind.ALLOCATION_ENDED,
                allocation.getActivity().getTitle(), lastDay.atStartOfDay(ClockProducer.ZONE).toInstant(), null);
        audit.recordWithDetail("schedule.allocation.end", "Allocation", allocationId, reason + " " + lastDay);
        return allocation;
    }

    /** Suspends an allocation with or without pay: the place is kept, the detainee is not expected. */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Allocation suspend(long allocationId, long versionSeen, boolean withPay) {
        Allocation allocation = managed(allocationId, versionSeen);
        allocation.suspend(withPay);
        audit.recordWithDetail("schedule.allocation.suspend", "Allocation", allocationId, withPay ? "paid" : "unpaid");
        return allocation;
    }

    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Allocation resume(long allocationId, long versionSeen) {
        Allocation allocation = managed(allocationId, versionSeen);
        allocation.resume();
        audit.record("schedule.allocation.resume", "Allocation", allocationId);
        return allocation;
    }

    /**
     * Ends every allocation of a detainee who leaves the establishment (release or transfer), the
     * day before they leave, in the caller's transaction.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public int endAllOf(long detaineeId, @NotNull LocalDate leavingDay, @NotNull AllocationEndReason reason) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        int ended = 0;
        // No flush before this read (see AppointmentService.cancelAllOf): a roster import releases many at once.
        for (Allocation allocation : em.createQuery("select a from Allocation a where a.detainee = :detainee "
                + "and a.status <> :ended", Allocation.class)
                .setParameter("detainee", detainee).setParameter("ended", AllocationStatus.ENDED)
                .setFlushMode(FlushModeType.COMMIT).getResultList()) {
            LocalDate lastDay = Commitments.latest(leavingDay.minusDays(1), allocation.getFromDate());
            allocation.end(lastDay, reason, null);
            audit.recordWithDetail("schedule.allocation.end", "Allocation", allocation.getId(), reason + " " + lastDay);
            ended++;
        }
        return ended;
    }

    /** A detainee's allocations, current first, with their activities. */
    public List<Allocation> ofDetainee(long detaineeId) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        EntityGraph<Allocation> withActivity = em.createEntityGraph(Allocation.class);
        withActivity.addAttributeNodes("activity");
        return em.createQuery("select a from Allocation a where a.detainee = :detainee "
                + "order by case when a.status = :ended then 1 else 0 end, a.fromDate desc", Allocation.class)
                .setParameter("detainee", detainee).setParameter("ended", AllocationStatus.ENDED)
                .setHint("jakarta.persistence.fetchgraph", withActivity).getResultList();
    }

    private Detainee presentDetainee(long detaineeId, Activity activity) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null || !detainee.getEstablishment().equals(activity.getEstablishment())) {
            throw new UnknownDetaineeException(detaineeId);
        }
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        return detainee;
    }

    private Allocation managed(long allocationId, long versionSeen) {
        Allocation allocation = em.find(Allocation.class, allocationId);
        if (allocation == null) {
            throw new UnknownAllocationException(allocationId);
        }
        Activity activity = allocation.getActivity();
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        ActivityManagers.require(activity, context::isCallerInRole);
        ChangedMeanwhileException.check(allocation, versionSeen);
        return allocation;
    }
}
