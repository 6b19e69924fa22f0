package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.common.QueryConditions;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Weekly timesheets: the list staff work from (lazy, filtered, one statement a page), a week's detail
 * with the working-time limits, and validation. Validation is refused while a presence of the week has
 * no end, and when the detainee's week breaks a limit ({@link WorkingTimeLimits}) unless the direction
 * overrides with a reason. Validated weeks are locked: a later change reopens them ({@link Timesheets}).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
public class TimesheetService {

    static final String VALIDATE = "attendance.timesheet.validate";
    static final String OVERRIDE = "attendance.timesheet.override";

    /** The activities whose hours count as working time for the limits: work and vocational training. */
    public static final List<ActivityKind> COUNTED = List.of(ActivityKind.WORK, ActivityKind.VOCATIONAL_TRAINING);

    /** Columns the list may sort on, mapped to JPQL (never taken raw from the client). */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "d.lastName",
            "prisonNumber", "d.prisonNumber",
            "activityTitle", "a.title",
            "weekStart", "r.weekStart",
            "minutes", "sum(r.minutes)");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Inject
    Timesheets timesheets;

    @Inject
    Policies policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** One page of the establishment's weekly timesheets matching the filter, in one statement. */
    public List<TimesheetRow> list(long establishmentId, @NotNull @Valid TimesheetFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = where(establishmentId, filter);
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "d.lastName")
                + (page.ascending() ? " asc" : " desc");
        return where.bind(em.createQuery("select new fr.inserre.kiosk.attendance.TimesheetRow(d.id, "
                + "concat(upper(d.lastName), ' ', d.firstName), d.prisonNumber, a.id, a.title, r.weekStart, sum(r.minutes), "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT then 1 else 0 end), "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.ABSENT then 1 else 0 end), "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT "
                + "and r.presentTo is null then 1 else 0 end), "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.EXPECTED then 1 else 0 end), "
                + "coalesce(t.status, fr.inserre.kiosk.attendance.TimesheetStatus.OPEN), coalesce(t.version, -1)) " + FROM + where
                + GROUP + " order by " + order + ", d.lastName, a.title, r.weekStart", TimesheetRow.class))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /**
     * How many weekly timesheets match the filter: the groups' keys are read in one statement and
     * counted (JPQL has no count of groups; an establishment has a few hundred weekly sheets a month).
     */
    public long count(long establishmentId, @NotNull @Valid TimesheetFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = where(establishmentId, filter);
        return where.bind(em.createQuery("select d.id " + FROM + where + GROUP, Long.class)).getResultList().size();
    }

    /**
     * The month's sheets of the establishment: per person and activity, the minutes of the month's days (validated
     * and pending), for a page of the list in one statement; the filter's person, activity and status apply
     * (validated: every line of the month in a validated week; open: some still to validate).
     */
    public List<MonthSheetRow> monthSheets(long establishmentId, @NotNull YearMonth month, @NotNull @Valid TimesheetFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = monthWhere(establishmentId, month, filter);
        String order = MONTH_SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "d.lastName")
                + (page.ascending() ? " asc" : " desc");
        return where.bind(em.createQuery("select new fr.inserre.kiosk.attendance.MonthSheetRow(d.id, "
                + "concat(upper(d.lastName), ' ', d.firstName), d.prisonNumber, a.id, a.title, sum(r.minutes), "
                + VALIDATED_MINUTES + ", "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT then 1 else 0 end), "
                + "sum(case when r.status = fr.inserre.kiosk.attendance.AttendanceStatus.ABSENT then 1 else 0 end), "
                + OPEN_LINES + ") " + FROM + where + MONTH_GROUP + monthHaving(filter) + " order by " + order + ", d.lastName, a.title",
                MonthSheetRow.class))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** How many month sheets match (the groups' keys, counted as for the weeks). */
    public long countMonthSheets(long establishmentId, @NotNull YearMonth month, @NotNull @Valid TimesheetFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = monthWhere(establishmentId, month, filter);
        return where.bind(em.createQuery("select d.id " + FROM + where + MONTH_GROUP + monthHaving(filter), Long.class))
                .getResultList().size();
    }

    private static final String VALIDATED_MINUTES = "sum(case when t.status = "
            + "fr.inserre.kiosk.attendance.TimesheetStatus.VALIDATED then r.minutes else 0 end)";
    private static final String OPEN_LINES = "sum(case when t.status = "
            + "fr.inserre.kiosk.attendance.TimesheetStatus.VALIDATED then 0 else 1 end)";
    private static final String MONTH_GROUP = " group by d.id, d.lastName, d.firstName, d.prisonNumber, a.id, a.title";

    static final Map<String, String> MONTH_SORTABLE = Map.of(
            "name", "d.lastName",
            "activityTitle", "a.title",
            "minutes", "sum(r.minutes)");

    private static QueryConditions monthWhere(long establishmentId, YearMonth month, TimesheetFilter filter) {
        QueryConditions where = QueryConditions.where("r.establishment.id = :establishmentId", "establishmentId",
                        establishmentId)
                .and("r.sessionDate >= :monthFrom", "monthFrom", month.atDay(1))
                .and("r.sessionDate <= :monthTo", "monthTo", month.atEndOfMonth())
                .andEquals("a.id", "activityId", filter.activityId());
        if (filter.person() != null && !filter.person().isBlank()) {
            where.and("(d.lastName like :person or d.prisonNumber like :person)", "person",
                    LikePatterns.startsWith(filter.person()));
        }
        return where;
    }

    private static String monthHaving(TimesheetFilter filter) {
        if (filter.status() == TimesheetStatus.VALIDATED) {
            return " having " + OPEN_LINES + " = 0";
        }
        return filter.status() == TimesheetStatus.OPEN ? " having " + OPEN_LINES + " > 0" : "";
    }

    private static final String FROM = "from Attendance r join r.detainee d join r.activity a "
            + "left join Timesheet t on t.detainee = r.detainee and t.activity = r.activity and t.weekStart = r.weekStart";
    private static final String GROUP = " group by d.id, d.lastName, d.firstName, d.prisonNumber, a.id, a.title, "
            + "r.weekStart, t.status, t.version";

    private static QueryConditions where(long establishmentId, TimesheetFilter filter) {
        QueryConditions where = QueryConditions.where("r.establishment.id = :establishmentId", "establishmentId",
                        establishmentId)
                .and("r.weekStart >= :from", "from", WorkedTime.weekStart(filter.from()))
                .and("r.weekStart <= :to", "to", filter.to())
                .andEquals("a.id", "activityId", filter.activityId());
        if (filter.person() != null && !filter.person().isBlank()) {
            where.and("(d.lastName like :person or d.prisonNumber like :person)", "person",
                    LikePatterns.startsWith(filter.person()));
        }
        if (filter.status() == TimesheetStatus.VALIDATED) {
            where.and("t.status = :status", "status", TimesheetStatus.VALIDATED);
        } else if (filter.status() == TimesheetStatus.OPEN) {
            where.and("(t.id is null or t.status = :status)", "status", TimesheetStatus.OPEN);
        }
        return where;
    }

    /** A detainee's week at an activity, with the limits checked across their counted activities. */
    public TimesheetWeek week(long detaineeId, long activityId, @NotNull LocalDate weekStart) {
        Activity activity = activity(activityId);
        Detainee detainee = detainee(detaineeId, activity);
        LocalDate monday = WorkedTime.weekStart(weekStart);
        List<Attendance> rows = rows(detaineeId, activityId, monday);
        Map<LocalDate, Integer> byDay = countedMinutesByDay(detaineeId, monday);
        List<LimitViolation> violations = WorkingTimeLimits.check(monday, byDay, policies.of(
                activity.getEstablishment().getId()));
        Optional<Timesheet> sheet = em.createNamedQuery("Timesheet.find", Timesheet.class)
                .setParameter("detaineeId", detaineeId).setParameter("activityId", activityId)
                .setParameter("weekStart", monday).getResultStream().findFirst();
        List<RollCall.Line> lines = rows.stream().map(r -> new RollCall.Line(r.getId(), r.getVersion(), detaineeId,
                null, null, null, r.getStatus(), r.getPresentFrom(), r.getPresentTo(), r.getMinutes(),
                r.getAbsenceReason(), r.getAbsenceNote(), r.getSource(), r.isLongSession(), r.getRevision(),
                r.getSession().getStartAt(), r.getSession().getEndAt())).toList();
        return new TimesheetWeek(detaineeId, detainee.getDisplayName(), activityId,
                activity.getTitle(), monday, lines, byDay, violations,
                sheet.map(Timesheet::getStatus).orElse(TimesheetStatus.OPEN), sheet.map(Timesheet::getVersion).orElse(-1L),
                sheet.map(Timesheet::getValidatedBy).orElse(null), sheet.map(Timesheet::getOverrideReason).orElse(null),
                sheet.map(Timesheet::getReopenReason).orElse(null));
    }

    /**
     * Validates the week; {@code versionSeen} is the timesheet's version as shown (-1 when it had never
     * been validated). Over the limits, only the direction may, with {@code overrideReason}.
     */
    public Timesheet validate(long detaineeId, long activityId, @NotNull LocalDate weekStart, long versionSeen,
            @Size(max = Timesheet.REASON_MAX) String overrideReason) {
        Activity activity = activity(activityId);
        Detainee detainee = detainee(detaineeId, activity);
        RollCallRules.require(activity, actor.name(), context::isCallerInRole);
        LocalDate monday = WorkedTime.weekStart(weekStart);
        Optional<Timesheet> existing = timesheets.locked(detaineeId, activityId, monday);
        if (existing.isPresent()) {
            // Never validated when shown (-1) but validated since: someone else did it.
            ChangedMeanwhileException.check(existing.get(), versionSeen);
        }
        List<Attendance> rows = rows(detaineeId, activityId, monday);
        String name = detainee.getDisplayName();
        if (rows.stream().noneMatch(r -> r.getStatus() != AttendanceStatus.EXPECTED)) {
            throw new NothingToValidateException(name, monday);
        }
        rows.stream().filter(Attendance::isOpen).findFirst().ifPresent(open -> {
            throw new OpenPresenceException(open.getSessionDate());
        });
        List<LimitViolation> violations = WorkingTimeLimits.check(monday, countedMinutesByDay(detaineeId, monday),
                policies.of(activity.getEstablishment().getId()));
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (!violations.isEmpty()) {
            if (!RollCallRules.mayOverrideLimits(context::isCallerInRole)) {
                throw new LimitsExceededException(describe(violations));
            }
            if (!override) {
                throw new OverrideReasonRequiredException();
            }
        } else if (override) {
            overrideReason = null;
        }
        Timesheet sheet = existing.orElseGet(() -> {
            Timesheet created = new Timesheet(activity, detainee, monday);
            em.persist(created);
            return created;
        });
        int minutes = rows.stream().mapToInt(Attendance::getMinutes).sum();
        sheet.validate(minutes, actor.name(), clock.instant(), violations.isEmpty() ? null : overrideReason);
        em.flush();
        audit.recordWithDetail(violations.isEmpty() ? VALIDATE : OVERRIDE, "Timesheet", sheet.getId(),
                minutes + " min" + (violations.isEmpty() ? "" : "; " + describe(violations) + "; " + overrideReason.strip()));
        return sheet;
    }

    private static String describe(List<LimitViolation> violations) {
        return violations.stream().map(LimitViolation::describe).collect(Collectors.joining(", "));
    }

    private List<Attendance> rows(long detaineeId, long activityId, LocalDate monday) {
        EntityGraph<Attendance> graph = em.createEntityGraph(Attendance.class);
        graph.addAttributeNodes("session");
        return em.createQuery("select r from Attendance r where r.detainee.id = :detaineeId "
                + "and r.activity.id = :activityId and r.weekStart = :week order by r.sessionDate, r.id", Attendance.class)
                .setParameter("detaineeId", detaineeId).setParameter("activityId", activityId)
                .setParameter("week", monday).setHint("jakarta.persistence.fetchgraph", graph).getResultList();
    }

    /**
     * The detainee's closed presences at counted activities around the week, split by local day (a
     * Sunday night's minutes after midnight belong to the next week's Monday).
     */
    Map<LocalDate, Integer> countedMinutesByDay(long detaineeId, LocalDate monday) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        for (Object[] row : em.createQuery("select r.presentFrom, r.presentTo from Attendance r "
                + "where r.detainee.id = :detaineeId and r.weekStart between :previous and :week "
                + "and r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT and r.presentTo is not null "
                + "and r.activity.kind in :counted", Object[].class)
                .setParameter("detaineeId", detaineeId).setParameter("previous", monday.minusWeeks(1))
                .setParameter("week", monday).setParameter("counted", COUNTED).getResultList()) {
            WorkedTime.minutesByDay((Instant) row[0], (Instant) row[1], ClockProducer.ZONE)
                    .forEach((day, minutes) -> {
                        if (!day.isBefore(monday) && day.isBefore(monday.plusWeeks(1))) {
                            byDay.merge(day, minutes, Integer::sum);
                        }
                    });
        }
        return byDay;
    }

    private Activity activity(long activityId) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        return activity;
    }

    private Detainee detainee(long detaineeId, Activity activity) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null || !detainee.getEstablishment().getId().equals(activity.getEstablishment().getId())) {
            throw new UnknownDetaineeException(detaineeId);
        }
        return detainee;
    }
}
