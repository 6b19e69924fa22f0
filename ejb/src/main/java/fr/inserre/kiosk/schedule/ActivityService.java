package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.identity.StaffMember;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Activities of an establishment: managers create and edit them and their weekly slots; every staff
 * member who works with detainees' files can read them, with their roster. Planning of the dated
 * sessions follows every change (see {@link SessionPlanner}). Managers also write the description's
 * versions in the kiosk's other languages ({@link #translate}).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class ActivityService {

    static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title",
            "kind", "a.kind",
            "place", "a.place",
            "capacity", "a.capacity",
            "startDate", "a.startDate");

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    SessionPlanner planner;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Activity create(long establishmentId, @NotNull @Valid ActivityDetails details) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = establishments.get(establishmentId);
        Activity activity = new Activity(establishment, details, null);
        requireManager(activity);
        activity.describe(details, staffInCharge(establishmentId, details.staffInChargeId()));
        em.persist(activity);
        planner.extend(activity);
        audit.record("schedule.activity.create", "Activity", activity.getId());
        return activity;
    }

    /**
     * Replaces an activity's details. Refused when someone changed it since {@code versionSeen}.
     * Sessions already planned after a new end date are cancelled with the given reason, which is
     * then required (the detainees concerned are told).
     */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Activity update(long activityId, long versionSeen, @NotNull @Valid ActivityDetails details,
            @Size(max = ActivitySession.REASON_MAX) String reasonForCancelledSessions) {
        Activity activity = managed(activityId);
        ChangedMeanwhileException.check(activity, versionSeen);
        LocalDate oldEnd = activity.getEndDate();
        LocalDate oldStart = activity.getStartDate();
        activity.describe(details, staffInCharge(activity.getEstablishment().getId(), details.staffInChargeId()));
        requireManager(activity);
        List<ActivitySession> outside = em.createQuery("select s from ActivitySession s where s.activity = :activity "
                + "and s.state <> :cancelled and s.startAt > :now "
                + "and (s.date < :start or (:end is not null and s.date > :end))", ActivitySession.class)
                .setParameter("activity", activity).setParameter("cancelled", SessionState.CANCELLED)
                .setParameter("now", clock.instant()).setParameter("start", activity.getStartDate())
                .setParameter("end", activity.getEndDate()).getResultList();
        if (!outside.isEmpty()) {
            if (reasonForCancelledSessions == null || reasonForCancelledSessions.isBlank()) {
                throw new ReasonRequiredException(outside.size());
            }
            sessions.cancelAll(outside, reasonForCancelledSessions);
        }
        boolean widened = !activity.getStartDate().equals(oldStart)
                || (oldEnd != null && (activity.getEndDate() == null || activity.getEndDate().isAfter(oldEnd)));
        if (widened) {
            planner.fillGaps(activity);
        }
        audit.record("schedule.activity.update", "Activity", activityId);
        return activity;
    }

    /** Adds a weekly slot and plans its sessions up to the horizon. */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public ActivitySlot addSlot(long activityId, @NotNull SlotRule rule) {
        Activity activity = managed(activityId);
        ActivitySlot slot = activity.addSlot(rule);
        em.persist(slot);
        int planned = planner.planSlot(activity, slot);
        audit.recordWithDetail("schedule.slot.add", "Activity", activityId,
                rule.day() + " " + rule.start() + "-" + rule.end() + " week " + rule.rotaWeek() + ", " + planned
                        + " sessions");
        return slot;
    }

    /**
     * Removes a weekly slot: its sessions still to come are cancelled with the reason, and the
     * detainees expected there are told.
     */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public int removeSlot(long activityId, long slotId,
            @NotBlank @Size(max = ActivitySession.REASON_MAX) String reason) {
        Activity activity = managed(activityId);
        ActivitySlot slot = activity.getSlots().stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new UnknownSlotException(slotId));
        slot.remove();
        List<ActivitySession> coming = em.createQuery("select s from ActivitySession s where s.activity = :activity "
                + "and s.slotId = :slot and s.state <> :cancelled and s.startAt > :now", ActivitySession.class)
                .setParameter("activity", activity).setParameter("slot", slotId)
                .setParameter("cancelled", SessionState.CANCELLED).setParameter("now", clock.instant())
                .getResultList();
        sessions.cancelAll(coming, reason);
        audit.recordWithDetail("schedule.slot.remove", "Activity", activityId, slotId + ": " + coming.size()
                + " sessions cancelled");
        return coming.size();
    }

    /**
     * Writes (or rewrites) the description in another kiosk language, as the kiosk shows it to detainees
     * who read that language. Only a manager of the activity's kind in its establishment may; refused
     * when someone changed the activity since {@code versionSeen}. Audited, refusals too.
     */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Activity translate(long activityId, long versionSeen, @NotNull KioskLanguage language,
            @Size(max = Activity.TRANSLATION_MAX * 2) String text) {
        return changeTranslation(activityId, versionSeen, "schedule.activity.translate", language,
                activity -> activity.translate(language, text));
    }

    /** Removes the description's version in a language: its readers get the French one again, labelled. */
    @RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
    public Activity removeTranslation(long activityId, long versionSeen, @NotNull KioskLanguage language) {
        return changeTranslation(activityId, versionSeen, "schedule.activity.removeTranslation", language,
                activity -> activity.removeTranslation(language));
    }

    private Activity changeTranslation(long activityId, long versionSeen, String action, KioskLanguage language,
            Consumer<Activity> change) {
        try {
            Activity activity = managed(activityId);
            ChangedMeanwhileException.check(activity, versionSeen);
            change.accept(activity);
            em.flush();
            audit.recordWithDetail(action, "Activity", activityId, language.getCode());
            activity.getTranslations().size();
            return activity;
        } catch (BusinessException refused) {
            audit.recordRefusal(action, "Activity", activityId, language.getCode() + ": " + refused.getMessageKey());
            throw refused;
        }
    }

    /** An activity of the caller's establishment, with its slots and its language versions. */
    public Activity get(long activityId) {
        EntityGraph<?> withSlots = em.getEntityGraph(Activity.WITH_SLOTS);
        Activity activity = em.find(Activity.class, activityId, Map.of("jakarta.persistence.fetchgraph", withSlots));
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        activity.getTranslations().size();
        return activity;
    }

    /** One page of the establishment's activities, in one statement. */
    public List<Activity> list(long establishmentId, @NotNull @Valid ActivityFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(establishmentId, filter, parameters);
        String direction = page.ascending() ? " asc" : " desc";
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "a.title") + direction;
        TypedQuery<Activity> rows = em.createQuery("select a from Activity a" + where + " order by " + order
                + ", a.title, a.id", Activity.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(long establishmentId, @NotNull @Valid ActivityFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> count = em.createQuery("select count(a) from Activity a"
                + where(establishmentId, filter, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private String where(long establishmentId, ActivityFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where a.establishment.id = :establishmentId");
        parameters.put("establishmentId", establishmentId);
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            where.append(" and a.title like :title");
            parameters.put("title", LikePatterns.contains(filter.title()));
        }
        if (filter.currentOnly()) {
            where.append(" and a.startDate <= :today and (a.endDate is null or a.endDate >= :today)");
            parameters.put("today", LocalDate.now(clock));
        }
        return where.toString();
    }

    /** Places taken on the date (active or suspended allocations covering it), per activity, in one statement. */
    public Map<Long, Long> placesTaken(long establishmentId, List<Long> activityIds, @NotNull LocalDate date) {
        staffAccess.requireEstablishment(establishmentId);
        Map<Long, Long> taken = new HashMap<>();
        if (activityIds.isEmpty()) {
            return taken;
        }
        List<Object[]> rows = em.createQuery("select a.activity.id, count(a) from Allocation a "
                + "where a.activity.id in :ids and a.activity.establishment.id = :establishment "
                + "and a.status <> :ended and a.fromDate <= :date and (a.untilDate is null or a.untilDate >= :date) "
                + "group by a.activity.id", Object[].class)
                .setParameter("ids", activityIds).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("establishment", establishmentId)
                .setParameter("date", date).getResultList();
        rows.forEach(row -> taken.put((Long) row[0], (Long) row[1]));
        return taken;
    }

    /** The activity's allocations (current and past), with the detainees and their cells, in one statement. */
    public List<Allocation> roster(long activityId) {
        Activity activity = get(activityId);
        EntityGraph<Allocation> withDetainee = em.createEntityGraph(Allocation.class);
        withDetainee.addSubgraph("detainee").addAttributeNodes("cell");
        return em.createQuery("select a from Allocation a join a.detainee d where a.activity = :activity "
                + "order by case when a.status = :ended then 1 else 0 end, d.lastName, d.firstName, a.fromDate desc",
                Allocation.class)
                .setParameter("activity", activity).setParameter("ended", AllocationStatus.ENDED)
                .setHint("jakarta.persistence.fetchgraph", withDetainee).getResultList();
    }

    /** Staff of the establishment who can be in charge of an activity (not partners, not IT). */
    public List<StaffMember> staffWhoCanLead(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select distinct m from StaffMember m join m.roles r where m.establishment.id = :e "
                + "and m.active = true and r in :roles order by m.lastName, m.firstName", StaffMember.class)
                .setParameter("e", establishmentId)
                .setParameter("roles", List.of(fr.inserre.kiosk.identity.StaffRole.SUPERVISOR,
                        fr.inserre.kiosk.identity.StaffRole.WORK_MANAGER,
                        fr.inserre.kiosk.identity.StaffRole.TRAINING_MANAGER))
                .getResultList();
    }

    /** Plans the sessions of every activity up to the horizon (the nightly timer). */
    @RolesAllowed(Roles.SYSTEM)
    public int extendPlanning() {
        int created = 0;
        for (Activity activity : em.createQuery("select a from Activity a where (a.endDate is null or a.endDate >= :today) "
                + "and (a.plannedUntil is null or a.plannedUntil < :horizon)", Activity.class)
                .setParameter("today", LocalDate.now(clock)).setParameter("horizon", planner.horizon())
                .getResultList()) {
            created += planner.extend(activity);
        }
        if (created > 0) {
            audit.recordWithDetail("schedule.planning.extend", null, null, created + " sessions");
        }
        return created;
    }

    private Activity managed(long activityId) {
        Activity activity = em.find(Activity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        requireManager(activity);
        return activity;
    }

    private void requireManager(Activity activity) {
        ActivityManagers.require(activity, context::isCallerInRole);
    }

    private StaffMember staffInCharge(long establishmentId, Long staffId) {
        if (staffId == null) {
            return null;
        }
        StaffMember member = em.find(StaffMember.class, staffId);
        if (member == null || member.getEstablishment().getId() != establishmentId) {
            throw new EJBAccessException("staff member " + staffId + " is not of establishment " + establishmentId);
        }
        return member;
    }
}
