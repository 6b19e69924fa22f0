package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivitySession;
import fr.inserre.kiosk.schedule.UnknownSessionException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's roll-call: the day's sessions of the establishment, a session's sheet (one line per
 * detainee expected, defaulting from the badge records), present or absent with a reason for each, the
 * history of every attendance. A change to what was recorded is a correction with a reason; it
 * reopens a validated week. Who may: see {@link RollCallRules}; the establishment is checked too.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
public class RollCallService {

    static final String PRESENT = "attendance.rollcall.present";
    static final String ABSENT = "attendance.rollcall.absent";
    static final String CORRECT = "attendance.correct";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Inject
    AttendanceRecords records;

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

    /**
     * The establishment's sessions on a day with their counts, in three statements (creating the
     * expected attendances first, so that counts and sheets agree).
     */
    public List<SessionSummary> day(long establishmentId, @NotNull LocalDate date) {
        staffAccess.requireEstablishment(establishmentId);
        EntityGraph<ActivitySession> graph = em.createEntityGraph(ActivitySession.class);
        graph.addSubgraph("activity").addAttributeNodes("staffInCharge");
        List<ActivitySession> sessions = em.createQuery("select s from ActivitySession s join s.activity a "
                + "where a.establishment.id = :establishmentId and s.date = :date order by s.startAt, a.title",
                ActivitySession.class).setParameter("establishmentId", establishmentId).setParameter("date", date)
                .setHint("jakarta.persistence.fetchgraph", graph).getResultList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        records.ensureForSessions(sessions.stream().map(ActivitySession::getId).toList(), clock.instant(),
                actor.name());
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.session.id, r.status, case when r.presentTo is null then 1 else 0 end, "
                + "count(r) from Attendance r where r.session.id in :ids group by r.session.id, r.status, "
                + "case when r.presentTo is null then 1 else 0 end", Object[].class)
                .setParameter("ids", sessions.stream().map(ActivitySession::getId).toList()).getResultList()) {
            int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[4]);
            int n = ((Long) row[3]).intValue();
            c[0] += n;
            if (row[1] == AttendanceStatus.PRESENT) {
                c[1] += n;
                if (((Number) row[2]).intValue() == 1) {
                    c[3] += n;
                }
            } else if (row[1] == AttendanceStatus.ABSENT) {
                c[2] += n;
            }
        }
        String login = actor.name();
        return sessions.stream().map(s -> {
            Activity a = s.getActivity();
            int[] c = counts.getOrDefault(s.getId(), new int[4]);
            String lead = a.getStaffInCharge() == null ? null
                    : a.getStaffInCharge().getFirstName() + " " + a.getStaffInCharge().getLastName();
            return new SessionSummary(s.getId(), a.getTitle(), s.getPlace(), s.getStartAt(), s.getEndAt(), s.getState(),
                    lead, c[0], c[1], c[2], c[3], RollCallRules.mayTake(a, login, context::isCallerInRole));
        }).toList();
    }

    /** A session's roll-call sheet, in three statements whatever the number of detainees. */
    public RollCall sheet(long sessionId) {
        ActivitySession session = allowedSession(sessionId);
        Instant now = clock.instant();
        records.ensureForSessions(List.of(sessionId), now, actor.name());
        EntityGraph<Attendance> graph = em.createEntityGraph(Attendance.class);
        graph.addSubgraph("detainee").addAttributeNodes("cell");
        List<Attendance> rows = em.createQuery("select r from Attendance r join r.detainee d where r.session.id = :id "
                + "order by d.lastName, d.firstName", Attendance.class).setParameter("id", sessionId)
                .setHint("jakarta.persistence.fetchgraph", graph).getResultList();
        boolean ended = !session.getEndAt().isAfter(now);
        List<RollCall.Line> lines = rows.stream().map(r -> {
            Detainee d = r.getDetainee();
            Instant defaultFrom = r.getPresentFrom() != null ? r.getPresentFrom() : session.getStartAt();
            Instant defaultTo = r.getPresentTo() != null ? r.getPresentTo() : ended ? session.getEndAt() : null;
            return new RollCall.Line(r.getId(), r.getVersion(), d.getId(), d.getDisplayName(),
                    d.getPrisonNumber(), d.getCell() == null ? null : d.getCell().getLabel(), r.getStatus(),
                    r.getPresentFrom(), r.getPresentTo(), r.getMinutes(), r.getAbsenceReason(), r.getAbsenceNote(),
                    r.getSource(), r.isLongSession(), r.getRevision(), defaultFrom, defaultTo);
        }).toList();
        return new RollCall(sessionId, session.getActivity().getTitle(), session.getPlace(), session.getDate(),
                session.getStartAt(), session.getEndAt(), session.getState(), !session.getStartAt().isAfter(now), lines);
    }

    /**
     * Records the detainee present. Times left empty default as on the sheet: the badge times, else
     * the session's start, and its end once it is over. A change to what was recorded needs {@code why}.
     */
    public Attendance markPresent(long attendanceId, long versionSeen, Instant from, Instant to,
            @Size(max = Attendance.WHY_MAX) String why) {
        Attendance attendance = changeable(attendanceId, versionSeen);
        ActivitySession session = attendance.getSession();
        Instant now = clock.instant();
        Instant start = from != null ? from
                : attendance.getPresentFrom() != null ? attendance.getPresentFrom() : session.getStartAt();
        Instant end = to != null ? to : attendance.getPresentTo() != null ? attendance.getPresentTo()
                : session.getEndAt().isAfter(now) ? null : session.getEndAt();
        AttendanceEntry entry = attendance.recordPresent(start, end, actor.name(), now, why,
                policies.of(attendance.getEstablishment().getId()).getLongSessionMinutes());
        return saved(attendance, entry, PRESENT, now, why);
    }

    /** Records the detainee absent for a reason (OTHER with a note); a change needs {@code why}. */
    public Attendance markAbsent(long attendanceId, long versionSeen, @NotNull AbsenceReason reason,
            @Size(max = Attendance.NOTE_MAX) String note, @Size(max = Attendance.WHY_MAX) String why) {
        Attendance attendance = changeable(attendanceId, versionSeen);
        Instant now = clock.instant();
        AttendanceEntry entry = attendance.recordAbsent(reason, note, actor.name(), now, why);
        return saved(attendance, entry, ABSENT, now, why);
    }

    /** Every version of an attendance, newest first (who, when, how, why). */
    public List<AttendanceEntry> history(long attendanceId) {
        Attendance attendance = em.find(Attendance.class, attendanceId);
        if (attendance == null) {
            throw new UnknownAttendanceException(attendanceId);
        }
        staffAccess.requireEstablishment(attendance.getEstablishment().getId());
        return em.createNamedQuery("AttendanceEntry.history", AttendanceEntry.class)
                .setParameter("attendanceId", attendanceId).getResultList();
    }

    private Attendance saved(Attendance attendance, AttendanceEntry entry, String action, Instant now, String why) {
        em.persist(entry);
        timesheets.changed(attendance, actor.name(), now, why);
        audit.recordWithDetail(entry.getSource() == EntrySource.CORRECTION ? CORRECT : action, ClockJournal.ENTITY,
                attendance.getId(), "revision " + entry.getRevision()
                        + (entry.getWhy() == null ? "" : ": " + entry.getWhy()));
        return attendance;
    }

    private Attendance changeable(long attendanceId, long versionSeen) {
        Attendance attendance = em.find(Attendance.class, attendanceId, LockModeType.PESSIMISTIC_WRITE);
        if (attendance == null) {
            throw new UnknownAttendanceException(attendanceId);
        }
        Activity activity = attendance.getActivity();
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        RollCallRules.require(activity, actor.name(), context::isCallerInRole);
        ChangedMeanwhileException.check(attendance, versionSeen);
        if (attendance.getSession().getStartAt().isAfter(clock.instant())) {
            throw new SessionNotStartedException(activity.getTitle());
        }
        return attendance;
    }

    private ActivitySession allowedSession(long sessionId) {
        ActivitySession session = em.find(ActivitySession.class, sessionId);
        if (session == null) {
            throw new UnknownSessionException(sessionId);
        }
        Activity activity = session.getActivity();
        staffAccess.requireEstablishment(activity.getEstablishment().getId());
        RollCallRules.require(activity, actor.name(), context::isCallerInRole);
        return session;
    }
}
