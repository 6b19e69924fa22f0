package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
    RequestIntake intake;

    @Inject
    Clock clock;

    /**
     * The activities I may ask for: trainings (training and education) or work, of my establishment,
     * not ended, with the places left today and what I already have to do with each, described in my
     * language (or the French fallback). Three statements whatever the number of activities and the language
     * (the language versions come with the activities, for a reader of another language than French).
     */
    public List<Offer> offers(boolean training, @NotNull KioskLanguage language) {
        long me = me();
        LocalDate today = LocalDate.now(clock);
        List<ActivityKind> kinds = training ? List.of(ActivityKind.VOCATIONAL_TRAINING, ActivityKind.EDUCATION)
                : List.of(ActivityKind.WORK);
        String versions = language == KioskLanguage.FR ? "" : " left join fetch a.translations";
        List<Activity> activities = em.createQuery("select a from Activity a" + versions
                + " where a.establishment.id = "
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
                + "and r.activity in :activities and r.type in :asking and r.status in :inProgress", Request.class)
                .setParameter("me", me).setParameter("activities", activities)
                .setParameter("asking", RequestType.ABOUT_ACTIVITY)
                .setParameter("inProgress", IN_PROGRESS).getResultList()) {
            pending.put(request.getActivity().getId(), request.receipt());
        }
        return activities.stream().map(a -> new Offer(a.getId(), a.getKind(), a.getTitle(), a.describeIn(language),
                a.getPlace(), a.getPrerequisites(), a.getStartDate(), a.getEndDate(), a.isPaid(),
                a.getPayClass(), a.getCapacity(), Math.max(0, a.getCapacity() - taken.getOrDefault(a.getId(), 0)),
                pending.get(a.getId()), mine.contains(a.getId()))).toList();
    }

    /**
     * Registers my request, once: submitting the same form again (same client token) returns the
     * request the first submission created. The rules are {@link RequestIntake}'s.
     */
    public Request submit(@NotNull @Valid NewRequest wish) {
        long me = me();
        return intake.submit(me, wish, At.detainee(me, clock.instant()));
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
        // getHalfDays() is an unmodifiable view: Hibernate.initialize on it would leave the bag unloaded.
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
    public Request answer(long requestId, @NotNull String answer) {
        if (answer.isBlank()) {
            throw new TextRequiredException();
        }
        if (answer.strip().length() > Request.TEXT_MAX) {
            throw new TextTooLongException(Request.TEXT_MAX);
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
