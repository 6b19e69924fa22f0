package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.RequestTerminal;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.schedule.ActivitySession;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationStatus;
import fr.inserre.kiosk.schedule.SessionState;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Je commence" / "Je termine" for the detainee logged in at a workshop terminal. A clock-in needs a
 * session of the detainee happening now at an activity the terminal serves ({@link ClockPoint}), from
 * the establishment's tolerance before its start until its end; a clock-out closes the open presence
 * (a session over the long-session limit is recorded and flagged). Refusals are typed, worded for the
 * detainee, and kept with the accepted taps ({@link ClockJournal}) and in the audit trail.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class ClockService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    RequestTerminal requestTerminal;

    @Inject
    ClockJournal journal;

    @Inject
    AttendanceRecords records;

    @Inject
    Policies policies;

    @Inject
    Timesheets timesheets;

    @Inject
    Clock clock;

    /** Whether the detainee is clocked in now, for the screen to offer the right button first. */
    public ClockState state() {
        return openOf(detainee().getId())
                .map(open -> new ClockState(true, open.getActivity().getTitle(), open.getPresentFrom()))
                .orElse(ClockState.OUT);
    }

    /** "Je commence". */
    public ClockResult clockIn() {
        return tap(ClockKind.IN, () -> {
            Detainee detainee = detainee();
            Terminal terminal = workshopTerminal(detainee);
            Instant now = clock.instant();
            openOf(detainee.getId()).ifPresent(open -> {
                throw new AlreadyClockedInException(open.getActivity().getTitle(),
                        java.time.LocalTime.ofInstant(open.getPresentFrom(), fr.inserre.kiosk.common.ClockProducer.ZONE)
                                .withSecond(0).withNano(0));
            });
            AttendancePolicy policy = policies.of(detainee.getEstablishment().getId());
            ActivitySession session = sessionNow(terminal, detainee, now, policy);
            records.ensureForSessions(List.of(session.getId()), now, actor.name());
            Attendance attendance = em.createNamedQuery("Attendance.findBySessionAndDetainee", Attendance.class)
                    .setParameter("sessionId", session.getId()).setParameter("detaineeId", detainee.getId())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseThrow(() -> new NotAllocatedHereException(session.getActivity().getTitle()));
            em.persist(attendance.clockIn(now, terminal.getCode(), actor.name()));
            timesheets.changed(attendance, actor.name(), now, "clock-in");
            journal.accepted(detainee.getEstablishment().getId(), detainee.getId(), terminal.getId(), ClockKind.IN, now,
                    false, attendance.getId());
            return new ClockResult(ClockKind.IN, now, session.getActivity().getTitle(), 0, false);
        });
    }

    /** "Je termine". */
    public ClockResult clockOut() {
        return tap(ClockKind.OUT, () -> {
            Detainee detainee = detainee();
            Terminal terminal = workshopTerminal(detainee);
            Instant now = clock.instant();
            Attendance open = lockedOpenOf(detainee.getId()).orElseThrow(NotClockedInException::new);
            AttendancePolicy policy = policies.of(detainee.getEstablishment().getId());
            em.persist(open.clockOut(now, terminal.getCode(), actor.name(), policy.getLongSessionMinutes()));
            timesheets.changed(open, actor.name(), now, "clock-out");
            journal.accepted(detainee.getEstablishment().getId(), detainee.getId(), terminal.getId(), ClockKind.OUT,
                    now, open.isLongSession(), open.getId());
            return new ClockResult(ClockKind.OUT, now, open.getActivity().getTitle(), open.getMinutes(),
                    open.isLongSession());
        });
    }

    /** Runs a tap; a refusal is journalled (in its own transaction) before it reaches the detainee. */
    private ClockResult tap(ClockKind kind, Supplier<ClockResult> work) {
        try {
            return work.get();
        } catch (BusinessException refusal) {
            Detainee detainee = em.find(Detainee.class, actor.detaineeId());
            Terminal terminal = terminal();
            journal.refused(detainee.getEstablishment().getId(), detainee.getId(),
                    terminal == null ? null : terminal.getId(), kind, clock.instant(), refusal.getMessageKey());
            throw refusal;
        }
    }

    private Detainee detainee() {
        Long id = actor.detaineeId();
        Detainee detainee = id == null ? null : em.find(Detainee.class, id);
        if (detainee == null) {
            throw new EJBAccessException("not a detainee");
        }
        return detainee;
    }

    private Terminal terminal() {
        String code = requestTerminal.getCode();
        return code == null ? null : em.createNamedQuery("Terminal.findByCode", Terminal.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    /** The request's terminal: a workshop terminal of the detainee's establishment, else refused. */
    private Terminal workshopTerminal(Detainee detainee) {
        Terminal terminal = terminal();
        if (terminal == null || terminal.getKind() != TerminalKind.WORKSHOP
                || !terminal.getEstablishment().getId().equals(detainee.getEstablishment().getId())) {
            throw new NotAWorkshopTerminalException();
        }
        return terminal;
    }

    private java.util.Optional<Attendance> openOf(long detaineeId) {
        return em.createNamedQuery("Attendance.findOpenOfDetainee", Attendance.class)
                .setParameter("detaineeId", detaineeId).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The detainee's open presence, its row alone locked and read again under the lock (still open, or empty: a
     * second "Je termine" at the same instant finds it closed). Locking the query that fetches the session and
     * the activity with it locked their rows too, which every clock-out of the workshop shares: two clock-outs at
     * once deadlocked in MariaDB (the benchmark's clock-out burst, one 500 in 408).
     */
    private java.util.Optional<Attendance> lockedOpenOf(long detaineeId) {
        return em.createNamedQuery("Attendance.findOpenIdOfDetainee", Long.class)
                .setParameter("detaineeId", detaineeId).setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.find(Attendance.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(open -> open.getStatus() == AttendanceStatus.PRESENT && open.getPresentTo() == null);
    }

    /**
     * The detainee's session at one of the terminal's activities now: started (or starting within the
     * tolerance) and not yet over, with an allocation of the detainee that day.
     */
    private ActivitySession sessionNow(Terminal terminal, Detainee detainee, Instant now, AttendancePolicy policy) {
        List<ActivitySession> here = em.createQuery("select s from ActivitySession s join fetch s.activity "
                + "where s.activity.id in (select c.activity.id from ClockPoint c where c.terminal.id = :terminalId) "
                + "and s.state <> :cancelled and s.startAt <= :latestStart and s.endAt > :now order by s.startAt",
                ActivitySession.class)
                .setParameter("terminalId", terminal.getId()).setParameter("cancelled", SessionState.CANCELLED)
                .setParameter("latestStart", now.plus(policy.clockInEarly())).setParameter("now", now)
                .getResultList();
        if (here.isEmpty()) {
            throw new NoSessionNowException();
        }
        List<Allocation> allocations = em.createQuery("select al from Allocation al where al.detainee.id = :detaineeId "
                + "and al.activity.id in :activities and al.status = :active", Allocation.class)
                .setParameter("detaineeId", detainee.getId())
                .setParameter("activities", here.stream().map(s -> s.getActivity().getId()).collect(Collectors.toSet()))
                .setParameter("active", AllocationStatus.ACTIVE).getResultList();
        for (ActivitySession session : here) {
            Set<Long> covering = allocations.stream().filter(al -> al.covers(session.getDate()))
                    .map(al -> al.getActivity().getId()).collect(Collectors.toSet());
            if (covering.contains(session.getActivity().getId())) {
                return session;
            }
        }
        throw new NotAllocatedHereException(here.get(0).getActivity().getTitle());
    }
}
