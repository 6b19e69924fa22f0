package fr.inserre.kiosk.request;

import fr.inserre.kiosk.attendance.RollCallRules;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.common.QueryConditions;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.notification.NotificationKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff side of requests: each team's queue, a request with its history, and every action on
 * it — take in hand, ask the detainee, note, forward, decide. Who may act is enforced here: a
 * request is worked by its team's role (training manager, work manager, CPIP, detention officers,
 * the direction for the greffe and the accounts), the direction may act on all, and nobody outside
 * the request's establishment. Decisions lock the request: of two staff deciding at once, the second
 * is told who decided first.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class RequestDesk {

    /** At most this many requests taken in hand at once. */
    public static final int BULK_MAX = 200;

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "r.dueDate", "submittedAt",
            "r.submittedAt", "receipt", "r.id", "status", "r.status", "type", "r.type", "detainee", "d.lastName");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Inject
    RequestNotices notices;

    @Inject
    RequestDecisions decisions;

    @Inject
    RequestIntake intake;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The hours disputes of the activities the caller takes the roll-call of (the same rule as disputeOfMine). */
    private static final String DISPUTES_I_LEAD = "(r.type = :dispute and r.activity.id in (select a.id from Activity a "
            + "left join a.staffInCharge lead where lead.login = :me or (lead is null and :leaderless = true)))";

    /** The teams whose queues the caller works. */
    public Set<Team> myTeams() {
        Set<Team> teams = EnumSet.noneOf(Team.class);
        Arrays.stream(Team.values()).filter(t -> t.workedBy(context::isCallerInRole)).forEach(teams::add);
        return teams;
    }

    /** One page of the queue, with each request's detainee and activity: one statement. */
    public List<Request> search(@NotNull @Valid RequestFilter filter, @NotNull @Valid PageRequest page) {
        QueryConditions where = where(filter);
        String direction = page.ascending() ? " asc" : " desc";
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "r.dueDate")
                + direction + ", r.id" + direction;
        TypedQuery<Request> rows = where.bind(em.createQuery("select r from Request r join r.detainee d" + where
                + " order by " + order, Request.class));
        EntityGraph<Request> graph = em.createEntityGraph(Request.class);
        graph.addAttributeNodes("detainee", "activity");
        rows.setHint("jakarta.persistence.fetchgraph", graph);
        return rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(@NotNull @Valid RequestFilter filter) {
        QueryConditions where = where(filter);
        return where.bind(em.createQuery("select count(r) from Request r join r.detainee d" + where, Long.class))
                .getSingleResult();
    }

    /** The figures of the caller's queues (or of one team): one statement. */
    public QueueCounts counts(Team team) {
        QueryConditions where = where(new RequestFilter(team, null, null, true, false, null, null, null));
        Object[] row = where.bind(em.createQuery("select sum(case when r.status = :submitted then 1 else 0 end), "
                + "sum(case when r.status = :inReview then 1 else 0 end), "
                + "sum(case when r.status = :waitlisted then 1 else 0 end), "
                + "sum(case when r.status in (:submitted, :inReview) and r.dueDate < :today then 1 else 0 end), "
                + "sum(case when r.awaitingAnswer = true then 1 else 0 end), "
                + "sum(case when r.answerReceivedAt is not null then 1 else 0 end) from Request r join r.detainee d" + where,
                Object[].class))
                .setParameter("submitted", RequestStatus.SUBMITTED).setParameter("inReview", RequestStatus.IN_REVIEW)
                .setParameter("waitlisted", RequestStatus.WAITLISTED).setParameter("today", LocalDate.now(clock))
                .getSingleResult();
        return new QueueCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                number(row[5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private QueryConditions where(RequestFilter filter) {
        Long establishment = staffAccess.establishmentId();
        Set<Team> teams = myTeams();
        if (filter.team() != null) {
            teams.retainAll(Set.of(filter.team()));
        }
        // The teams' requests, and the hours disputes of the activities the caller leads (see disputeOfMine).
        QueryConditions where = teams.isEmpty() ? QueryConditions.where(DISPUTES_I_LEAD, "dispute", RequestType.HOURS_DISPUTE)
                : QueryConditions.where("(r.team in :teams or " + DISPUTES_I_LEAD + ")", "teams", teams)
                        .with("dispute", RequestType.HOURS_DISPUTE);
        where.with("me", actor.name()).with("leaderless", context.isCallerInRole(Roles.SUPERVISOR));
        where.andEquals("r.team", "team", filter.team());
        if (establishment != null) {
            where.and("r.establishmentId = :establishment", "establishment", establishment);
        }
        where.andEquals("r.type", "type", filter.type()).andEquals("r.status", "status", filter.status());
        if (filter.status() == null && filter.inProgressOnly()) {
            where.and("r.status in :inProgress", "inProgress", MyRequestsService.IN_PROGRESS);
        }
        if (filter.overdueOnly()) {
            where.and("r.status in :open", "open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW))
                    .and("r.dueDate < :today", "today", LocalDate.now(clock));
        }
        if (filter.answerReceivedOnly()) {
            where.and("r.answerReceivedAt is not null");
        }
        if (filter.detainee() != null && !filter.detainee().isBlank()) {
            where.and("(d.prisonNumber like :detainee or d.lastName like :detainee)", "detainee",
                    LikePatterns.startsWith(filter.detainee()));
        }
        if (filter.receipt() != null && !filter.receipt().isBlank()) {
            Long id = Request.idOfReceipt(filter.receipt());
            where.and("r.id = :receipt", "receipt", id == null ? -1L : id);
        }
        where.andEquals("r.activity.id", "activityId", filter.activityId());
        return where;
    }

    /** A request with its full history (staff notes included) for the detail screen; audited as a consultation. */
    public Request find(long requestId) {
        Request request = em.createQuery("select distinct r from Request r join fetch r.detainee "
                + "left join fetch r.activity left join fetch r.events where r.id = :id", Request.class)
                .setParameter("id", requestId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRequestException(requestId));
        requireMine(request);
        // Reads the half-days now: the getter wraps the persistent collection, so Hibernate.initialize would not.
        request.getHalfDays().size();
        if (request.getDisputedLine() != null) {
            // The disputed line as it stands now, with its session (staff open its roll-call from here).
            org.hibernate.Hibernate.initialize(request.getDisputedLine().getAttendance());
            org.hibernate.Hibernate.initialize(request.getDisputedLine().getAttendance().getSession());
        }
        notices.audited(request, "view");
        return request;
    }

    /** The detainee's other requests, latest first (the detail screen's context). */
    public List<Request> ofDetainee(long detaineeId) {
        Long establishment = staffAccess.establishmentId();
        return em.createQuery("select r from Request r left join fetch r.activity where r.detainee.id = :detainee "
                + "and (:establishment is null or r.establishmentId = :establishment) order by r.submittedAt desc", Request.class).setParameter("detainee", detaineeId)
                .setParameter("establishment", establishment).setMaxResults(50).getResultList();
    }

    /** An activity's waiting list in order (first = next to be placed), with the detainees. */
    public List<Request> waitlist(long activityId) {
        Long establishment = staffAccess.establishmentId();
        return em.createQuery("select r from Request r join fetch r.detainee where r.activity.id = :activity "
                + "and r.status = :waitlisted and (:establishment is null or r.establishmentId = :establishment)",
                Request.class).setParameter("activity", activityId)
                .setParameter("waitlisted", RequestStatus.WAITLISTED).setParameter("establishment", establishment)
                .getResultStream().sorted(Request.WAITLIST_ORDER).toList();
    }

    /**
     * Enters a request the detainee made on paper (or in person), with the same rules as at the
     * kiosk; the history shows who entered it. The detainee must be of the caller's establishment.
     */
    public Request enterOnBehalf(long detaineeId, @NotNull @Valid NewRequest wish) {
        Long establishment = em.createQuery("select d.establishment.id from Detainee d where d.id = :id", Long.class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .orElseThrow(() -> new fr.inserre.kiosk.detainee.UnknownDetaineeException(detaineeId));
        staffAccess.requireEstablishment(establishment);
        return intake.submit(detaineeId, wish, now());
    }

    /** Takes the request in hand: the detainee sees someone is dealing with it. */
    public Request acknowledge(long requestId, long versionSeen) {
        Request request = locked(requestId, versionSeen);
        request.acknowledge(now());
        notices.changed(request, NotificationKind.REQUEST_ACKNOWLEDGED, "acknowledge");
        return request;
    }

    /** Takes every listed request still submitted in hand at once; returns how many were. */
    public int acknowledgeAll(@NotNull @Size(max = BULK_MAX) Collection<Long> requestIds) {
        At who = now();
        int done = 0;
        for (Long id : requestIds) {
            Request request = em.find(Request.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (request == null) {
                throw new UnknownRequestException(id);
            }
            requireMine(request);
            if (request.getStatus() == RequestStatus.SUBMITTED) {
                request.acknowledge(who);
                notices.changed(request, NotificationKind.REQUEST_ACKNOWLEDGED, "acknowledge");
                done++;
            }
        }
        return done;
    }

    /** Asks the detainee a question they see and answer at the kiosk. */
    public Request ask(long requestId, long versionSeen,
            @NotBlank @Size(max = Request.TEXT_MAX) String question) {
        Request request = locked(requestId, versionSeen);
        request.ask(question.strip(), now());
        notices.changed(request, NotificationKind.REQUEST_QUESTION, "question");
        return request;
    }

    /** A note for staff only; the detainee is not told. */
    public Request note(long requestId, @NotBlank @Size(max = Request.TEXT_MAX) String note) {
        Request request = em.find(Request.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new UnknownRequestException(requestId);
        }
        requireMine(request);
        request.note(note.strip(), now());
        notices.audited(request, "note");
        return request;
    }

    /** Hands the request to another team. */
    public Request forward(long requestId, long versionSeen, @NotNull Team to,
            @Size(max = Request.TEXT_MAX) String note) {
        Request request = locked(requestId, versionSeen);
        request.forward(to, RequestDecisions.blankToNull(note), now());
        notices.changed(request, NotificationKind.REQUEST_FORWARDED, "forward");
        return request;
    }

    /**
     * Decides. Approving a training allocates the detainee from the day given, or puts them on the
     * waiting list when the training is full; approving a job allocates; approving an appointment
     * books it. A refusal needs its reason.
     */
    public Request decide(long requestId, long versionSeen, @NotNull @Valid Decision decision) {
        Request request = locked(requestId, versionSeen);
        decisions.apply(request, decision, now());
        return request;
    }

    /** Escalates every open request past its due date (the hourly job); returns how many. */
    @RolesAllowed(Roles.SYSTEM)
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        At system = At.system(clock.instant());
        List<Request> overdue = em.createQuery("select r from Request r left join fetch r.activity where r.status in :open "
                + "and r.dueDate < :today and r.escalatedAt is null order by r.dueDate", Request.class)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW))
                .setParameter("today", today).setMaxResults(500).getResultList();
        int escalated = 0;
        for (Request request : overdue) {
            if (request.escalateIfOverdue(today, system)) {
                notices.changed(request, NotificationKind.REQUEST_ESCALATED, "escalate");
                escalated++;
            }
        }
        return escalated;
    }

    private Request locked(long requestId, long versionSeen) {
        Request request = em.find(Request.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new UnknownRequestException(requestId);
        }
        requireMine(request);
        if (request.getStatus().isFinal() && request.getDecidedAt() != null) {
            throw new AlreadyDecidedException(request.getDecidedByName() == null ? request.getDecidedBy()
                    : request.getDecidedByName(), LocalDate.ofInstant(request.getDecidedAt(), ClockProducer.ZONE));
        }
        ChangedMeanwhileException.check(request, versionSeen);
        return request;
    }

    private void requireMine(Request request) {
        staffAccess.requireEstablishment(request.getEstablishmentId());
        if (!request.getTeam().workedBy(context::isCallerInRole) && !disputeOfMine(request)) {
            throw new NotYourTeamException(request.receipt());
        }
    }

    /**
     * "Je conteste cette ligne" goes to the activity's team and to whoever takes its roll-call (RollCallRules: the
     * staff member in charge of the activity, whatever their role; any supervisor when no one is), who knows
     * what happened that day and corrects the line: they see it in their queue and answer it.
     */
    private boolean disputeOfMine(Request request) {
        return request.getType() == RequestType.HOURS_DISPUTE && request.getActivity() != null
                && RollCallRules.mayTake(request.getActivity(), actor.name(), context::isCallerInRole);
    }

    /** The caller, named for the detainee's history ("Claire Martin"). */
    private At now() {
        String login = actor.name();
        String name = em.createNamedQuery("StaffMember.findByLogin", StaffMember.class).setParameter("login", login)
                .getResultStream().findFirst().map(s -> s.getFirstName() + " " + s.getLastName()).orElse(null);
        return new At(login, name, clock.instant());
    }
}
