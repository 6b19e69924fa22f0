package fr.inserre.kiosk.request;

import fr.inserre.kiosk.attendance.Attendance;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationStatus;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a new request, whoever enters it (the detainee at the kiosk, staff from a paper
 * request): once per client token, refused for a released detainee, an activity of another kind,
 * ended or already followed, a request like one already in progress, empty or oversized text,
 * half-days that cannot be proposed. Runs in the caller's transaction.
 */
@Dependent
public class RequestIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestNotices notices;

    @Inject
    Clock clock;

    public Request submit(long detaineeId, NewRequest wish, At by) {
        // The lock serialises one detainee's submissions: a double tap cannot create two requests.
        Detainee detainee = em.find(Detainee.class, detaineeId, LockModeType.PESSIMISTIC_WRITE);
        if (detainee == null) {
            throw new fr.inserre.kiosk.detainee.UnknownDetaineeException(detaineeId);
        }
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
        if (type == RequestType.HOURS_DISPUTE) {
            return dispute(detainee, wish, text, by, today);
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
            case HOURS_ATTESTATION -> refuseDuplicate(em.createQuery("select r from Request r where r.detainee = :me "
                    + "and r.type = :type and r.status in :inProgress", Request.class).setParameter("type", type),
                    detainee);
            default -> throw new IllegalStateException("not handled here: " + type);
        }
        Request request = new Request(detainee, type, team, activity, wish.anyWork() && activity == null, text,
                type == RequestType.APPOINTMENT ? wish.halfDays() : List.of(), wish.clientToken(), by,
                ServiceLevels.dueDate(type, today));
        em.persist(request);
        notices.changed(request, NotificationKind.REQUEST_SUBMITTED, "submit");
        return request;
    }

    /**
     * "Je conteste cette ligne": only one's own line, once while a dispute of it is open; to the team of
     * its activity (training for training and education, work otherwise), naming who is in charge of it.
     */
    private Request dispute(Detainee detainee, NewRequest wish, String text, At by, LocalDate today) {
        if (wish.attendanceId() == null) {
            throw new UnknownAttendanceLineException();
        }
        if (wish.disputeReason() == null) {
            throw new DisputeReasonRequiredException();
        }
        Attendance line = em.find(Attendance.class, wish.attendanceId());
        if (line == null || !line.getDetainee().equals(detainee)) {
            throw new UnknownAttendanceLineException();
        }
        refuseDuplicate(em.createQuery("select r from Request r where r.detainee = :me "
                + "and r.disputedLine.attendance = :line and r.status in :inProgress", Request.class)
                .setParameter("line", line), detainee);
        Team team = line.getActivity().getKind().isTraining() ? Team.TRAINING : Team.WORK;
        Request request = Request.dispute(line, wish.disputeReason(), team, text, wish.clientToken(), by,
                ServiceLevels.dueDate(RequestType.HOURS_DISPUTE, today));
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
                + "and r.type in :asking and r.status in :inProgress", Request.class).setParameter("activity", activity)
                .setParameter("asking", RequestType.ABOUT_ACTIVITY), detainee);
        if (em.createQuery("select count(a) from Allocation a where a.activity = :activity and a.detainee = :me "
                + "and a.status <> :ended and (a.untilDate is null or a.untilDate >= :today)", Long.class)
                .setParameter("activity", activity).setParameter("me", detainee)
                .setParameter("ended", AllocationStatus.ENDED).setParameter("today", today).getSingleResult() > 0) {
            throw new AlreadyOnActivityException(activity.getTitle());
        }
        return activity;
    }

    private static void refuseDuplicate(TypedQuery<Request> inProgress, Detainee detainee) {
        inProgress.setParameter("me", detainee).setParameter("inProgress", MyRequestsService.IN_PROGRESS)
                .setMaxResults(1).getResultStream().findFirst().ifPresent(r -> {
                    throw new DuplicateRequestException(r.receipt());
                });
    }
}
