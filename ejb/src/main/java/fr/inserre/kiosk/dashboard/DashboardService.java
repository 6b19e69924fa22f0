package fr.inserre.kiosk.dashboard;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationStatus;
import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The experiment's indicators, each computed by one query on what schedules, requests and
 * terminals recorded (never sampled): about ten statements whatever the period. For the direction,
 * also visible to the work and training managers.
 */
@Stateless
@RolesAllowed({Roles.DIRECTION, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.SYSTEM})
public class DashboardService {

    /** At most a year and a day: the page stays under a second on a year of data. */
    public static final int PERIOD_MAX_DAYS = 366;

    static final List<ActivityKind> WORK_OR_TRAINING = List.of(ActivityKind.WORK, ActivityKind.VOCATIONAL_TRAINING,
            ActivityKind.EDUCATION);
    static final List<ActivityKind> TRAININGS = List.of(ActivityKind.VOCATIONAL_TRAINING, ActivityKind.EDUCATION);
    static final List<RequestStatus> DECISIONS = List.of(RequestStatus.APPROVED, RequestStatus.REJECTED,
            RequestStatus.WAITLISTED, RequestStatus.ANSWERED);

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    TerminalService terminals;

    @Inject
    Clock clock;

    /** The weekly target of hours worked and trained when the page gives none. */
    public static final int DEFAULT_TARGET_HOURS = 10;
    public static final int MAX_TARGET_HOURS = 48;

    /** The indicators for the period {@code from}..{@code to} (both included), occupation as of today. */
    public Dashboard indicators(long establishmentId, @NotNull LocalDate from, @NotNull LocalDate to) {
        return indicators(establishmentId, from, to, DEFAULT_TARGET_HOURS);
    }

    /** The same with a weekly target of hours (1 to 48) for the list of detainees below it. */
    public Dashboard indicators(long establishmentId, @NotNull LocalDate from, @NotNull LocalDate to, int targetHours) {
        staffAccess.requireEstablishment(establishmentId);
        if (targetHours < 1 || targetHours > MAX_TARGET_HOURS) {
            throw new InvalidTargetHoursException(targetHours, MAX_TARGET_HOURS);
        }
        if (to.isBefore(from) || from.plusDays(PERIOD_MAX_DAYS).isBefore(to)) {
            throw new InvalidDashboardPeriodException(PERIOD_MAX_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        Instant start = from.atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();

        List<IdleDetainee> present = em.createQuery("select new fr.inserre.kiosk.dashboard.IdleDetainee(d.id, "
                + "d.prisonNumber, d.firstName, d.lastName, c.label, d.entryDate) from Detainee d left join d.cell c "
                + "where d.establishment.id = :e and d.status = :present order by d.lastName, d.firstName",
                IdleDetainee.class).setParameter("e", establishmentId).setParameter("present", DetaineeStatus.PRESENT)
                .getResultList();
        Set<Long> busy = new HashSet<>(em.createQuery("select distinct a.detainee.id from Allocation a "
                + "where a.activity.establishment.id = :e and a.activity.kind in :kinds and a.status <> :ended "
                + "and a.fromDate <= :today and (a.untilDate is null or a.untilDate >= :today)", Long.class)
                .setParameter("e", establishmentId).setParameter("kinds", WORK_OR_TRAINING)
                .setParameter("ended", AllocationStatus.ENDED).setParameter("today", today).getResultList());
        List<IdleDetainee> idle = present.stream().filter(d -> !busy.contains(d.detaineeId())).toList();

        Map<RequestType, Long> submitted = new EnumMap<>(RequestType.class);
        for (Object[] row : em.createQuery("select r.type, count(r) from Request r where r.establishmentId = :e "
                + "and r.submittedAt >= :start and r.submittedAt < :end group by r.type", Object[].class)
                .setParameter("e", establishmentId).setParameter("start", start).setParameter("end", end)
                .getResultList()) {
            submitted.put((RequestType) row[0], (Long) row[1]);
        }

        Map<RequestType, List<Duration>> durations = new EnumMap<>(RequestType.class);
        List<Duration> all = new ArrayList<>();
        for (Object[] row : em.createQuery("select r.type, r.submittedAt, r.decidedAt from Request r "
                + "where r.establishmentId = :e and r.status in :decisions and r.decidedAt >= :start "
                + "and r.decidedAt < :end", Object[].class).setParameter("e", establishmentId)
                .setParameter("decisions", DECISIONS).setParameter("start", start).setParameter("end", end)
                .getResultList()) {
            Duration took = Duration.between((Instant) row[1], (Instant) row[2]);
            durations.computeIfAbsent((RequestType) row[0], t -> new ArrayList<>()).add(took);
            all.add(took);
        }
        Map<RequestType, ResponseTimes> responseTimes = new EnumMap<>(RequestType.class);
        durations.forEach((type, list) -> responseTimes.put(type, times(list)));

        long overdue = em.createQuery("select count(r) from Request r where r.establishmentId = :e "
                + "and r.status in :open and r.dueDate < :today", Long.class).setParameter("e", establishmentId)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW))
                .setParameter("today", today).getSingleResult();

        Map<RefusalReason, Long> refusals = new EnumMap<>(RefusalReason.class);
        for (Object[] row : em.createQuery("select r.reasonCode, count(r) from Request r where r.establishmentId = :e "
                + "and r.status = :rejected and r.decidedAt >= :start and r.decidedAt < :end group by r.reasonCode",
                Object[].class).setParameter("e", establishmentId).setParameter("rejected", RequestStatus.REJECTED)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            refusals.put((RefusalReason) row[0], (Long) row[1]);
        }

        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<Duration>> waits = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Object[] row : em.createQuery("select a.id, a.title, r.waitlistedAt from Request r join r.activity a "
                + "where r.establishmentId = :e and r.status = :waitlisted order by a.title", Object[].class)
                .setParameter("e", establishmentId).setParameter("waitlisted", RequestStatus.WAITLISTED)
                .getResultList()) {
            titles.put((Long) row[0], (String) row[1]);
            waits.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(Duration.between((Instant) row[2], now));
        }
        List<WaitingList> waitingLists = waits.entrySet().stream().map(e -> new WaitingList(e.getKey(),
                titles.get(e.getKey()), e.getValue().size(), Percentiles.median(e.getValue()))).toList();

        long completed = em.createQuery("select count(a) from Allocation a where a.activity.establishment.id = :e "
                + "and a.activity.kind in :kinds and a.status = :ended and a.endReason = :completed "
                + "and a.untilDate between :from and :to", Long.class).setParameter("e", establishmentId)
                .setParameter("kinds", TRAININGS).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("completed", AllocationEndReason.COMPLETED).setParameter("from", from)
                .setParameter("to", to).getSingleResult();

        Map<FleetStatus, Long> fleet = terminals.fleetHealth(establishmentId);
        WeeklyHours weeklyHours = weeklyHours(establishmentId, from, to, targetHours, present);
        long attestations = em.createQuery("select count(a) from HoursAttestation a where a.establishmentId = :e "
                + "and a.issuedAt >= :start and a.issuedAt < :end", Long.class).setParameter("e", establishmentId)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        return new Dashboard(from, to, today, present.size(), present.size() - idle.size(), idle, submitted,
                responseTimes, times(all), overdue, refusals, waitingLists, completed, fleet, weeklyHours, attestations);
    }

    /**
     * Minutes of work and training per present detainee per complete week of the period, in one
     * statement; a detainee's weeks count from the first one that starts on or after their entry.
     */
    private WeeklyHours weeklyHours(long establishmentId, LocalDate from, LocalDate to, int targetHours,
            List<IdleDetainee> present) {
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.plusDays(6).isAfter(lastSunday); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        if (weeks.isEmpty()) {
            return WeeklyHours.of(null, 0, targetHours * 60, present, Map.of());
        }
        Map<Long, Map<LocalDate, Integer>> minutes = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select r.detainee.id, r.weekStart, sum(r.minutes) from Attendance r "
                + "where r.establishment.id = :e and r.sessionDate between :from and :to and r.activity.kind in :kinds "
                + "group by r.detainee.id, r.weekStart", Object[].class).setParameter("e", establishmentId)
                .setParameter("from", firstMonday).setParameter("to", lastSunday)
                .setParameter("kinds", WORK_OR_TRAINING).getResultList()) {
            minutes.computeIfAbsent((Long) row[0], id -> new java.util.HashMap<>())
                    .put((LocalDate) row[1], ((Number) row[2]).intValue());
        }
        Map<Long, List<Integer>> weekly = new java.util.HashMap<>();
        for (IdleDetainee person : present) {
            Map<LocalDate, Integer> theirs = minutes.getOrDefault(person.detaineeId(), Map.of());
            List<Integer> values = new ArrayList<>();
            for (LocalDate monday : weeks) {
                if (person.entryDate() == null || !monday.isBefore(person.entryDate())) {
                    values.add(theirs.getOrDefault(monday, 0));
                }
            }
            weekly.put(person.detaineeId(), values);
        }
        return WeeklyHours.of(firstMonday, weeks.size(), targetHours * 60, present, weekly);
    }

    static ResponseTimes times(List<Duration> durations) {
        return new ResponseTimes(durations.size(), Percentiles.median(durations), Percentiles.of(durations, 90));
    }
}
