package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The supervisor's anomalies over a period of the establishment, in four statements whatever the
 * period: attendances to look at (missing clock-out, long session, not recorded), refused clock taps,
 * the counted presences of the period's weeks (for the limits) and the establishment's policy.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
public class AnomalyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    public List<Anomaly> between(long establishmentId, @NotNull LocalDate from, @NotNull LocalDate to) {
        staffAccess.requireEstablishment(establishmentId);
        Instant now = clock.instant();
        List<Anomaly> found = new ArrayList<>();
        EntityGraph<Attendance> graph = em.createEntityGraph(Attendance.class);
        graph.addAttributeNodes("session", "activity", "detainee");
        for (Attendance r : em.createQuery("select r from Attendance r join r.session s where r.establishment.id = :e "
                + "and r.sessionDate between :from and :to and s.state <> fr.inserre.kiosk.schedule.SessionState.CANCELLED "
                + "and (r.longSession = true or (s.endAt <= :now and (r.status = :expected "
                + "or (r.status = :present and r.presentTo is null)))) order by r.sessionDate, s.startAt", Attendance.class)
                .setParameter("e", establishmentId).setParameter("from", from).setParameter("to", to)
                .setParameter("now", now).setParameter("expected", AttendanceStatus.EXPECTED)
                .setParameter("present", AttendanceStatus.PRESENT)
                .setHint("jakarta.persistence.fetchgraph", graph).getResultList()) {
            Anomaly.Kind kind = r.isLongSession() ? Anomaly.Kind.LONG_SESSION
                    : r.getStatus() == AttendanceStatus.EXPECTED ? Anomaly.Kind.NOT_RECORDED : Anomaly.Kind.MISSING_CLOCK_OUT;
            Detainee d = r.getDetainee();
            found.add(new Anomaly(kind, r.getSessionDate(), r.getSession().getStartAt(), d.getId(), d.getDisplayName(),
                    d.getPrisonNumber(), r.getActivity().getTitle(), r.getActivity().getId(), r.getSession().getId(),
                    r.getId(), kind == Anomaly.Kind.LONG_SESSION ? String.valueOf(r.getMinutes()) : null));
        }
        Instant start = from.atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        for (Object[] row : em.createQuery("select e, d from ClockEvent e, Detainee d where d.id = e.detaineeId "
                + "and e.establishmentId = :e and e.outcome = :refused and e.at >= :start and e.at < :end "
                + "order by e.at", Object[].class)
                .setParameter("e", establishmentId).setParameter("refused", ClockOutcome.REFUSED)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            ClockEvent e = (ClockEvent) row[0];
            Detainee d = (Detainee) row[1];
            found.add(new Anomaly(Anomaly.Kind.REFUSED_CLOCK, LocalDate.ofInstant(e.getAt(), ClockProducer.ZONE),
                    e.getAt(), d.getId(), d.getDisplayName(), d.getPrisonNumber(), null, null, null, null, e.getRefusal()));
        }
        found.addAll(overLimits(establishmentId, from, to));
        found.sort(Comparator.comparing(Anomaly::date).thenComparing(Anomaly::name));
        return found;
    }

    /** Weeks of the period in which a detainee breaks a limit (validated ones too: an override shows here). */
    private List<Anomaly> overLimits(long establishmentId, LocalDate from, LocalDate to) {
        LocalDate firstWeek = WorkedTime.weekStart(from);
        Map<Long, Map<LocalDate, Map<LocalDate, Integer>>> minutes = new HashMap<>();
        Map<Long, Object[]> people = new HashMap<>();
        for (Object[] row : em.createQuery("select r.detainee.id, d.lastName, d.firstName, d.prisonNumber, "
                + "r.weekStart, r.presentFrom, r.presentTo from Attendance r join r.detainee d "
                + "where r.establishment.id = :e and r.weekStart between :first and :last "
                + "and r.status = fr.inserre.kiosk.attendance.AttendanceStatus.PRESENT and r.presentTo is not null "
                + "and r.activity.kind in :counted", Object[].class)
                .setParameter("e", establishmentId).setParameter("first", firstWeek.minusWeeks(1))
                .setParameter("last", to).setParameter("counted", TimesheetService.COUNTED).getResultList()) {
            long detainee = (Long) row[0];
            people.putIfAbsent(detainee, row);
            WorkedTime.minutesByDay((Instant) row[5], (Instant) row[6], ClockProducer.ZONE).forEach((day, m) ->
                    minutes.computeIfAbsent(detainee, k -> new TreeMap<>())
                            .computeIfAbsent(WorkedTime.weekStart(day), k -> new TreeMap<>()).merge(day, m, Integer::sum));
        }
        AttendancePolicy policy = policies.of(establishmentId);
        List<Anomaly> found = new ArrayList<>();
        minutes.forEach((detainee, weeks) -> weeks.forEach((week, byDay) -> {
            if (week.isBefore(firstWeek) || week.isAfter(to)) {
                return;
            }
            List<LimitViolation> violations = WorkingTimeLimits.check(week, byDay, policy);
            if (!violations.isEmpty()) {
                Object[] p = people.get(detainee);
                found.add(new Anomaly(Anomaly.Kind.OVER_LIMITS, week, null, detainee, ((String) p[1]).toUpperCase(java.util.Locale.FRENCH) + " " + p[2], (String) p[3],
                        null, null, null, null,
                        violations.stream().map(LimitViolation::describe).collect(Collectors.joining(", "))));
            }
        }));
        return found;
    }

}
