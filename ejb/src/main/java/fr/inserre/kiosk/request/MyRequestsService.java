package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationStatus;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Mes demandes", "Formations", "Travail" and "Nouvelle requête" on the kiosk: what the logged-in
 * detainee may ask for, asking, following, cancelling, answering a question. No method takes a
 * detainee id: it is always the caller's own requests.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyRequestsService {

    static final List<RequestStatus> IN_PROGRESS = List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
            RequestStatus.WAITLISTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    RequestNotices notices;

    @Inject
    Clock clock;

    /**
     * The activities I may ask for: trainings (training and education) or work, of my establishment,
     * not ended, with the places left today and what I already have to do with each. Three
     * statements whatever the number of activities.
     */
    public List<Offer> offers(boolean training) {
        long me = me();
        LocalDate today = LocalDate.now(clock);
        List<ActivityKind> kinds = training ? List.of(ActivityKind.VOCATIONAL_TRAINING, ActivityKind.EDUCATION)
                : List.of(ActivityKind.WORK);
        List<Activity> activities = em.createQuery("select a from Activity a where a.establishment.id = "
                + "(select d.establishment.id from Detainee d where d.id = :me) and a.kind in :kinds "
                + "and (a.endDate is null or a.endDate >= :today) order by a.title", Activity.class)
                .setParameter("me", me).setParameter("kinds", kinds).setParameter("today", today).getResultList();
        if (activities.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> taken = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        for (Object[] row : em.createQuery("select a.activity.id, a.detainee.id from Allocation a "
                + "where a.activity in :activities and a.status <> :ended "
                + "and (a.untilDate is null or a.untilDate >= :today)", Object[].class)
                .setParameter("activities", activities).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("today", today).getResultList()) {
            taken.merge((Long) row[0], 1, Integer::sum);
            if (((Long) row[1]) == me) {
                mine.add((Long) row[0]);
            }
        }
        Map<Long, String> pending = new HashMap<>();
        for (Request request : em.createQuery("select r from Request r where r.detainee.id = :me "
                + "and r.activity in :activities and r.status in :inProgress", Request.class)
                .setParameter("me", me).setParameter("activities", activities)
                .setParameter("inProgress", IN_PROGRESS).getResultList()) {
            pending.put(request.getActivity().getId(), request.receipt());
        }
        return activities.stream().map(a -> new Offer(a.getId(), a.getKind(), a.getTitle(), a.getEasyDescription(),
                a.getDescription(), a.getPlace(), a.getPrerequisites(), a.getStartDate(), a.getEndDate(), a.isPaid(),
                a.getPayClass(), a.getCapacity(), Math.max(0, a.getCapacity() - taken.getOrDefault(a.getId(), 0)),
                pending.get(a.getId()), mine.contains(a.getId()))).toList();
    }

    /**
     * Registers my request, once: submitting the same form again (same client token) returns the
     * request the first submission created. Refused for a released detainee, an activity that is not
     * open to requests or that I am already on, a request like one I already have in progress, empty
     * or oversized text, half-days that cannot be proposed.
     */
    public Request submit(@NotNull @Valid NewRequest wish) {
        long me = me();
        // The lock serialises one detainee's submissions: a double tap cannot create two requests.
        Detainee detainee = em.find(Detainee.class, me, LockModeType.PESSIMISTIC_WRITE);
        Request already = em.createQuery("select r from Request r where r.detainee = :me and r.clientToken = :token",
                Request.class).setParameter("me", detainee).setParameter("token", wish.clientToken())
                .getResultStream().findFirst().orElse(null);
        if (already != null) {
            return already;
        }
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        String text = wish.text() == null || wish.text().isBlank() ? null : wish.text().strip();
        if (text != null && text.length() > Request.TEXT_MAX) {
            throw new TextTooLongException(Request.TEXT_MAX);
        }
        LocalDate today = LocalDate.now(clock);
        RequestType type = wish.type();
        Team team = wish.team() == null ? type.defaultTeam() : wish.team();
        if (!type.goesTo(team)) {
            throw new TeamNotForTypeException();
        }
        Activity activity = null;
        switch (type) {
            case TRAINING_ENROLMENT, JOB_APPLICATION -> activity = requestable(detainee, wish, today);
            case APPOINTMENT -> {
                AppointmentWishes.check(wish.halfDays(), today);
                refuseDuplicate(em.createQuery("select r from Request r where r.detainee = :me and r.type = :type "
                        + "and r.team = :team and r.status in :inProgress", Request.class)
                        .setParameter("type", type).setParameter("team", team), detainee);
            }
            case GENERAL -> {
                if (text == null) {
                    throw new TextRequiredException();
                }
            }
        }
        Request request = new Request(detainee, type, team, activity, wish.anyWork() && activity == null, text,
                type == RequestType.APPOINTMENT ? wish.halfDays() : List.of(), wish.clientToken(), clock.instant(),
                ServiceLevels.dueDate(type, today));
        em.persist(request);
        notices.changed(request, NotificationKind.REQUEST_SUBMITTED, "submit");
        return request;
    }

    private Activity requestable(Detainee detainee, NewRequest wish, LocalDate today) {
        RequestType type = wish.type();
        if (wish.activityId() == null) {
            if (type == RequestType.TRAINING_ENROLMENT || !wish.anyWork()) {
                throw new ActivityRequiredException();
            }
            refuseDuplicate(em.createQuery("select r from Request r where r.detainee = :me and r.type = :type "
                    + "and r.anyWork = true and r.status in :inProgress", Request.class).setParameter("type", type),
                    detainee);
            return null;
        }
        Activity activity = em.find(Activity.class, wish.activityId());
        if (activity == null || !activity.getEstablishment().equals(detainee.getEstablishment())) {
            throw new UnknownActivityException(wish.activityId());
        }
        if (type == RequestType.TRAINING_ENROLMENT && !activity.getKind().isTraining()) {
            throw new NotATrainingException(activity.getTitle());
        }
        if (type == RequestType.JOB_APPLICATION && activity.getKind() != ActivityKind.WORK) {
            throw new NotWorkException(activity.getTitle());
        }
        if (activity.getEndDate() != null && activity.getEndDate().isBefore(today)) {
            throw new ActivityNotOpenException(activity.getTitle());
        }
        refuseDuplicate(em.createQuery("select r from Request r where r.detainee = :me and r.activity = :activity "
                + "and r.status in :inProgress", Request.class).setParameter("activity", activity), detainee);
        if (em.createQuery("select count(a) from Allocation a where a.activity = :activity and a.detainee = :me "
                + "and a.status <> :ended and (a.untilDate is null or a.untilDate >= :today)", Long.class)
                .setParameter("activity", activity).setParameter("me", detainee)
                .setParameter("ended", AllocationStatus.ENDED).setParameter("today", today).getSingleResult() > 0) {
            throw new AlreadyOnActivityException(activity.getTitle());
        }
        return activity;
    }

    private static void refuseDuplicate(jakarta.persistence.TypedQuery<Request> inProgress, Detainee detainee) {
        inProgress.setParameter("me", detainee).setParameter("inProgress", IN_PROGRESS).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(r -> {
                    throw new DuplicateRequestException(r.receipt());
                });
    }

    /** Every request I made, latest first, with my place on waiting lists. Two statements. */
    public List<MyRequest> mine() {
        long me = me();
        List<Request> requests = em.createQuery("select r from Request r left join fetch r.activity "
                + "where r.detainee.id = :me order by r.submittedAt desc, r.id desc", Request.class)
                .setParameter("me", me).getResultList();
        Map<Long, Integer> positions = positions(me);
        return requests.stream().map(r -> new MyRequest(r, positions.get(r.getId()))).toList();
    }

    /** How many of my requests are waiting for me to answer a question (for the home tile). */
    public long awaitingMyAnswer() {
        return em.createQuery("select count(r) from Request r where r.detainee.id = :me and r.awaitingAnswer = true",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    /** One of my requests with the history I may see; refused if it is not mine. */
    public MyRequest detail(long requestId) {
        long me = me();
        Request request = em.createQuery("select distinct r from Request r left join fetch r.activity "
                + "left join fetch r.events where r.id = :id", Request.class).setParameter("id", requestId)
                .getResultStream().findFirst().orElse(null);
        if (request == null || request.getDetainee().getId() != me) {
            throw new UnknownRequestException(requestId);
        }
        // Reads the half-days now: the getter wraps the persistent collection, so Hibernate.initialize would not.
        request.getHalfDays().size();
        return new MyRequest(request, request.getStatus() == RequestStatus.WAITLISTED ? positions(me).get(requestId)
                : null);
    }

    /** Withdraws my request while it is not decided (or from a waiting list). */
    public Request cancel(long requestId) {
        Request request = mineLocked(requestId);
        request.cancel(At.detainee(me(), clock.instant()), null);
        notices.changed(request, NotificationKind.REQUEST_CANCELLED, "cancel");
        return request;
    }

    /** Answers the question staff asked about my request. */
    public Request answer(long requestId, @NotNull @Size(max = Request.TEXT_MAX) String answer) {
        if (answer.isBlank()) {
            throw new TextRequiredException();
        }
        Request request = mineLocked(requestId);
        request.answerQuestion(answer.strip(), At.detainee(me(), clock.instant()));
        notices.audited(request, "answer");
        return request;
    }

    private Request mineLocked(long requestId) {
        Request request = em.find(Request.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getDetainee().getId() != me()) {
            throw new UnknownRequestException(requestId);
        }
        return request;
    }

    /** My position on each waiting list I am on, by request id: one statement. */
    private Map<Long, Integer> positions(long me) {
        Map<Long, Integer> positions = new HashMap<>();
        em.createQuery("select r.id, (select count(o) from Request o where o.activity = r.activity "
                + "and o.status = :waitlisted and (o.waitlistedAt < r.waitlistedAt "
                + "or (o.waitlistedAt = r.waitlistedAt and o.id < r.id))) "
                + "from Request r where r.detainee.id = :me and r.status = :waitlisted", Object[].class)
                .setParameter("me", me).setParameter("waitlisted", RequestStatus.WAITLISTED).getResultList()
                .forEach(row -> positions.put((Long) row[0], ((Long) row[1]).intValue() + 1));
        return positions;
    }

    private long me() {
        Long me = actor.detaineeId();
        if (me == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return me;
    }
}
