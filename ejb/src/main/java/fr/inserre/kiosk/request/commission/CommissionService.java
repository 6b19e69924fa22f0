package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.request.At;
import fr.inserre.kiosk.request.IllegalTransitionException;
import fr.inserre.kiosk.request.NotYourTeamException;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDecisions;
import fr.inserre.kiosk.request.RequestNotices;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.UnknownRequestException;
import fr.inserre.kiosk.schedule.Activity;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;

/**
 * The commission pluridisciplinaire unique (CPU): a manager plans a meeting, puts open job and
 * training requests on its agenda, records each decision during the meeting, then closes it. Closing
 * applies every decision in one transaction through {@link RequestDecisions}, exactly as the staff
 * desk would: all of them or, if one cannot be applied (activity full, schedule conflict...), none,
 * with a message naming that request. Whoever records or closes must be allowed to decide each
 * request's team (the direction decides all); anyone of the commission's roles prepares the agenda.
 * Every change locks the commission and raises its version, so that closing refuses an agenda changed
 * since the closer last saw it.
 */
@Stateless
@RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM})
public class CommissionService {

    /** At most this many requests shown as candidates at once, and put on an agenda in one go. */
    public static final int PENDING_MAX = 200;

    private static final Map<String, String> SORTABLE = Map.of("meetingDate", "c.meetingDate", "status", "c.status");
    private static final List<RequestType> DECIDED_IN_COMMISSION = List.of(RequestType.TRAINING_ENROLMENT,
            RequestType.JOB_APPLICATION);
    private static final String ENTITY = "Commission";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    RequestDecisions decisions;

    @Inject
    RequestNotices notices;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Plans a commission of the establishment on a date, with its members as written ("Mme X, directrice; ..."). */
    public Commission plan(long establishmentId, @NotNull LocalDate meetingDate,
            @NotBlank @Size(max = Commission.MEMBERS_MAX) String members) {
        staffAccess.requireEstablishment(establishmentId);
        Commission commission = new Commission(establishmentId, meetingDate, members);
        em.persist(commission);
        audit.recordWithDetail("commission.plan", ENTITY, commission.getId(), meetingDate.toString());
        return commission;
    }

    /** One page of the establishment's commissions (latest meeting first unless sorted), with their counts: one statement. */
    public List<CommissionSummary> list(long establishmentId, @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        String direction = page.ascending() ? " asc" : " desc";
        String sort = page.sortField() == null ? null : SORTABLE.get(page.sortField());
        String order = sort == null ? "c.meetingDate desc, c.id desc" : sort + direction + ", c.id" + direction;
        return em.createQuery("select c, count(i), count(i.outcome) from Commission c left join c.items i "
                + "where c.establishmentId = :establishment group by c order by " + order, Object[].class)
                .setParameter("establishment", establishmentId).setFirstResult(page.first())
                .setMaxResults(page.size()).getResultStream()
                .map(row -> new CommissionSummary((Commission) row[0], (Long) row[1], (Long) row[2])).toList();
    }

    public long count(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select count(c) from Commission c where c.establishmentId = :establishment", Long.class)
                .setParameter("establishment", establishmentId).getSingleResult();
    }

    /**
     * The commission with its agenda: each item with its request, the detainee and their cell, the
     * activity asked for and the one given for "any work". Four statements, whatever the agenda's
     * length: each kind of row is read once, those referred to before those referring to them, so
     * that every reference finds a row already read (Hibernate does not follow a fetch graph this deep).
     */
    public Commission agenda(long commissionId) {
        String requests = "(select i.request.id from CommissionItem i where i.commission.id = :id)";
        em.createQuery("select c from Cell c where c.id in (select r.detainee.cell.id from Request r where r.id in "
                + requests + ")", Cell.class).setParameter("id", commissionId).getResultList();
        em.createQuery("select a from Activity a where a.id in (select i.activity.id from CommissionItem i "
                + "where i.commission.id = :id)", Activity.class).setParameter("id", commissionId).getResultList();
        em.createQuery("select r from Request r join fetch r.detainee left join fetch r.activity where r.id in "
                + requests, Request.class).setParameter("id", commissionId).getResultList();
        Commission commission = em.createQuery("select c from Commission c left join fetch c.items where c.id = :id",
                Commission.class).setParameter("id", commissionId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCommissionException(commissionId));
        staffAccess.requireEstablishment(commission.getEstablishmentId());
        for (CommissionItem item : commission.getItems()) {
            // Already read: no statement (and none of them is left to load lazily once detached).
            Hibernate.initialize(item.getRequest());
            Hibernate.initialize(item.getActivity());
            Hibernate.initialize(item.getRequest().getDetainee().getCell());
        }
        return commission;
    }

    /**
     * Open job and training requests of the establishment that are on no commission being prepared:
     * the candidates for an agenda, oldest due first, with detainee and activity (of one type, or both
     * when {@code type} is null). Two statements.
     */
    public PendingRequests pending(long establishmentId, RequestType type) {
        staffAccess.requireEstablishment(establishmentId);
        List<RequestType> types = type == null ? DECIDED_IN_COMMISSION
                : DECIDED_IN_COMMISSION.stream().filter(t -> t == type).toList();
        if (types.isEmpty()) {
            return new PendingRequests(List.of(), 0);
        }
        String where = " from Request r where r.establishmentId = :establishment and r.type in :types "
                + "and r.status in :open and (r.commissionId is null or r.commissionId not in "
                + "(select c.id from Commission c where c.status = :preparing))";
        TypedQuery<Request> rows = pendingParameters(em.createQuery("select r" + where
                + " order by r.dueDate, r.id", Request.class), establishmentId, types);
        EntityGraph<Request> graph = em.createEntityGraph(Request.class);
        graph.addAttributeNodes("activity");
        graph.addSubgraph("detainee").addAttributeNodes("cell");
        List<Request> requests = rows.setHint("jakarta.persistence.fetchgraph", graph).setMaxResults(PENDING_MAX)
                .getResultList();
        long total = requests.size() < PENDING_MAX ? requests.size()
                : pendingParameters(em.createQuery("select count(r)" + where, Long.class), establishmentId, types)
                        .getSingleResult();
        return new PendingRequests(requests, total);
    }

    private static <T> TypedQuery<T> pendingParameters(TypedQuery<T> query, long establishmentId,
            List<RequestType> types) {
        return query.setParameter("establishment", establishmentId).setParameter("types", types)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW))
                .setParameter("preparing", CommissionStatus.PREPARING);
    }

    /**
     * Puts open job and training requests on the agenda (a request already on it is left as it is);
     * a request still submitted is taken in hand, and its detainee told. Returns how many were added.
     */
    public int add(long commissionId, @NotNull @Size(max = PENDING_MAX) Collection<Long> requestIds) {
        Commission commission = forChange(commissionId);
        At who = now();
        int added = 0;
        // In id order: two agendas prepared at once lock their requests in the same order.
        for (Long id : new TreeSet<>(requestIds)) {
            Request request = em.find(Request.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (request == null || request.getEstablishmentId() != commission.getEstablishmentId()) {
                throw new UnknownRequestException(id);
            }
            if (!request.getType().aboutActivity() || !request.getStatus().isOpen()) {
                throw new NotForCommissionException(request.receipt());
            }
            if (request.getCommissionId() != null) {
                if (request.getCommissionId().equals(commission.getId())) {
                    continue;
                }
                Commission other = em.find(Commission.class, request.getCommissionId());
                if (!other.isClosed()) {
                    throw new AlreadyOnCommissionException(request.receipt(), other.getMeetingDate());
                }
            }
            boolean submitted = request.getStatus() == RequestStatus.SUBMITTED;
            request.addToCommission(commission.getId(), who);
            em.persist(commission.add(request));
            if (submitted) {
                notices.changed(request, NotificationKind.REQUEST_ACKNOWLEDGED, "commission.add");
            } else {
                notices.audited(request, "commission.add");
            }
            added++;
        }
        audit.recordWithDetail("commission.add", ENTITY, commissionId, added + " requests");
        return added;
    }

    /** Takes a request off the agenda, still open (its recorded decision, if any, is dropped). */
    public void remove(long commissionId, long requestId) {
        Commission commission = forChange(commissionId);
        Request request = em.find(Request.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        CommissionItem item = request == null ? null : em.createQuery("select i from CommissionItem i "
                + "where i.commission = :commission and i.request = :request", CommissionItem.class)
                .setParameter("commission", commission).setParameter("request", request).getResultStream()
                .findFirst().orElse(null);
        if (item == null) {
            throw new UnknownCommissionItemException(requestId);
        }
        commission.remove(item);
        request.removeFromCommission(now());
        notices.audited(request, "commission.remove");
        audit.recordWithDetail("commission.remove", ENTITY, commissionId, request.receipt());
    }

    /**
     * Records (or records again) the commission's decision on one request, checked as it will be
     * applied (see {@link ItemDecision#checkedFor}); nothing takes effect before the closing. Refused
     * for a request whose team the caller does not decide, or that is no longer open.
     */
    public CommissionItem record(long itemId, long versionSeen, @NotNull @Valid ItemDecision decision) {
        Long commissionId = em.createQuery("select i.commission.id from CommissionItem i where i.id = :id", Long.class)
                .setParameter("id", itemId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCommissionItemException(itemId));
        forChange(commissionId);
        CommissionItem item = em.find(CommissionItem.class, itemId);
        Request request = item.getRequest();
        requireDecider(request);
        ChangedMeanwhileException.check(item, versionSeen);
        try {
            if (!request.getStatus().isOpen()) {
                throw new IllegalTransitionException(request.getStatus());
            }
            item.record(decision, chosenActivity(request, decision));
        } catch (BusinessException refused) {
            throw new CommissionItemFailedException(request.receipt(), refused);
        }
        audit.recordWithDetail("commission.record", "CommissionItem", itemId,
                request.receipt() + " " + item.getOutcome());
        return item;
    }

    /** The work activity an approval of "any work" names, of the request's establishment; null otherwise. */
    private Activity chosenActivity(Request request, ItemDecision decision) {
        if (decision.outcome() != CommissionOutcome.APPROVE || !request.isAnyWork() || decision.activityId() == null) {
            return null;
        }
        return decisions.workActivity(request, decision.activityId());
    }

    /**
     * Closes the commission: every decision recorded takes effect now, in this one transaction, and
     * every detainee concerned is told at its commit. Requests the detainee cancelled meanwhile are
     * skipped (and listed); deferred ones leave the agenda still open. Refused, with nothing applied,
     * when the agenda changed since {@code versionSeen}, when the caller may not decide one of its
     * requests (the first is named), when requests have no decision (all are named), or when one
     * decision cannot be applied (it is named, with the reason).
     */
    public ClosingReport close(long commissionId, long versionSeen) {
        Commission commission = em.find(Commission.class, commissionId, LockModeType.PESSIMISTIC_WRITE);
        if (commission == null) {
            throw new UnknownCommissionException(commissionId);
        }
        staffAccess.requireEstablishment(commission.getEstablishmentId());
        commission.requirePreparing();
        if (commission.getVersion() != versionSeen) {
            throw new ChangedMeanwhileException(lastChangeBy(commission));
        }
        // Lock order everywhere: the commission, its requests (by id), then the activities they allocate to.
        em.createQuery("select r from Request r where r.id in (select i.request.id from CommissionItem i "
                + "where i.commission.id = :commission) order by r.id", Request.class)
                .setParameter("commission", commissionId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<CommissionItem> items = agendaItems(commissionId);
        if (items.isEmpty()) {
            throw new EmptyCommissionException();
        }
        List<CommissionItem> live = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        for (CommissionItem item : items) {
            if (item.getRequest().getStatus() == RequestStatus.CANCELLED) {
                cancelled.add(item.getRequest().receipt());
            } else {
                requireDecider(item.getRequest());
                live.add(item);
            }
        }
        String missing = live.stream().filter(i -> !i.isRecorded()).map(i -> i.getRequest().receipt())
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new OutcomesMissingException(missing);
        }
        At who = now();
        int deferred = 0;
        for (CommissionItem item : live) {
            Request request = item.getRequest();
            try {
                if (item.getOutcome() == CommissionOutcome.DEFER) {
                    request.removeFromCommission(who);
                    notices.audited(request, "commission.defer");
                    deferred++;
                } else {
                    decisions.apply(request, item.decision().toDecision(), who);
                }
            } catch (BusinessException refused) {
                throw new CommissionItemFailedException(request.receipt(), refused);
            }
        }
        commission.close(who.at(), who.login());
        audit.recordWithDetail("commission.close", ENTITY, commissionId, (live.size() - deferred) + " decided, "
                + deferred + " deferred, " + cancelled.size() + " cancelled");
        return new ClosingReport(commission, live.size() - deferred, deferred, cancelled);
    }

    /** The items with their requests, detainees and activities, in agenda order. */
    private List<CommissionItem> agendaItems(long commissionId) {
        EntityGraph<CommissionItem> graph = em.createEntityGraph(CommissionItem.class);
        graph.addAttributeNodes("activity");
        graph.addSubgraph("request").addAttributeNodes("activity", "detainee");
        List<CommissionItem> items = new ArrayList<>(em.createQuery("select i from CommissionItem i "
                + "where i.commission.id = :commission", CommissionItem.class).setParameter("commission", commissionId)
                .setHint("jakarta.persistence.fetchgraph", graph).getResultList());
        items.sort(CommissionItem.AGENDA_ORDER);
        return items;
    }

    /** The commission, locked for a change of its agenda, whose version the change raises. */
    private Commission forChange(long commissionId) {
        Commission commission = em.find(Commission.class, commissionId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (commission == null) {
            throw new UnknownCommissionException(commissionId);
        }
        staffAccess.requireEstablishment(commission.getEstablishmentId());
        commission.requirePreparing();
        return commission;
    }

    /** Who changed the agenda last, as far as it shows (a decision recorded, else the commission itself). */
    private String lastChangeBy(Commission commission) {
        return em.createQuery("select i.updatedBy from CommissionItem i where i.commission = :commission "
                + "order by i.updatedAt desc", String.class).setParameter("commission", commission).setMaxResults(1)
                .getResultStream().findFirst().orElse(commission.getUpdatedBy());
    }

    private void requireDecider(Request request) {
        if (!request.getTeam().workedBy(context::isCallerInRole)) {
            throw new NotYourTeamException(request.receipt());
        }
    }

    /** The caller, named for the detainees' histories ("Claire Martin"). */
    private At now() {
        String login = actor.name();
        String name = em.createNamedQuery("StaffMember.findByLogin", StaffMember.class).setParameter("login", login)
                .getResultStream().findFirst().map(s -> s.getFirstName() + " " + s.getLastName()).orElse(null);
        return new At(login, name, clock.instant());
    }
}
