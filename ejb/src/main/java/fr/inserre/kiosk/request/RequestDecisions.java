package fr.inserre.kiosk.request;

import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.AppointmentKind;
import fr.inserre.kiosk.schedule.AppointmentService;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Makes a decision effective, in the caller's transaction: an approved training or job allocates the
 * detainee (respecting capacity and schedule conflicts), a training without room goes on the waiting
 * list instead, an approved appointment is booked in the schedule. Used by the staff desk and by the
 * commission's closing, so that both decide the same way.
 */
@Dependent
public class RequestDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AllocationService allocations;

    @Inject
    AppointmentService appointments;

    @Inject
    RequestNotices notices;

    /** Applies the decision to the (locked) request and tells the detainee. Returns the resulting status. */
    public RequestStatus apply(Request request, Decision decision, At who) {
        switch (decision.outcome()) {
            case APPROVED -> approve(request, decision, who);
            case REJECTED -> {
                request.reject(decision.reason(), blankToNull(decision.text()), who);
                notices.changed(request, NotificationKind.REQUEST_REJECTED, "reject");
            }
            case WAITLISTED -> waitlist(request, who);
            case ANSWERED -> {
                request.answer(blankToNull(decision.text()), who);
                notices.changed(request, NotificationKind.REQUEST_ANSWERED, "answer");
            }
            default -> throw new OutcomeNotForTypeException(decision.outcome());
        }
        return request.getStatus();
    }

    private void approve(Request request, Decision decision, At who) {
        if (!request.getType().allows(RequestStatus.APPROVED)) {
            throw new OutcomeNotForTypeException(RequestStatus.APPROVED);
        }
        String message = blankToNull(decision.text());
        if (request.getType() == RequestType.APPOINTMENT) {
            if (decision.appointmentDate() == null || decision.appointmentStart() == null
                    || decision.appointmentEnd() == null) {
                throw new ApprovalDetailsRequiredException(ApprovalDetail.APPOINTMENT_TIME);
            }
            Appointment booked = appointments.book(request.getDetainee().getId(), kindFor(request.getTeam()),
                    decision.appointmentDate(), decision.appointmentStart(), decision.appointmentEnd(), null,
                    who.name(), decision.overrideReason());
            request.approve(who, message, null, booked.getId());
            notices.changed(request, NotificationKind.REQUEST_APPROVED, "approve");
            return;
        }
        if (decision.fromDate() == null) {
            throw new ApprovalDetailsRequiredException(ApprovalDetail.FROM_DATE);
        }
        Activity activity = activityOf(request, decision);
        // Lock order everywhere: the request, then its activity (allocate locks it again, harmlessly).
        em.lock(activity, LockModeType.PESSIMISTIC_WRITE);
        if (request.getType() == RequestType.TRAINING_ENROLMENT && request.getStatus() != RequestStatus.WAITLISTED
                && !allocations.hasRoom(activity.getId(), decision.fromDate(), null)) {
            waitlist(request, who);
            return;
        }
        Allocation allocation = allocations.allocate(activity.getId(), request.getDetainee().getId(),
                decision.fromDate(), null, decision.overrideReason());
        request.approve(who, message, allocation.getId(), null);
        notices.changed(request, NotificationKind.REQUEST_APPROVED, "approve");
    }

    private void waitlist(Request request, At who) {
        request.waitlist(who);
        notices.changed(request, NotificationKind.REQUEST_WAITLISTED, "waitlist");
    }

    private Activity activityOf(Request request, Decision decision) {
        if (request.getActivity() != null) {
            return request.getActivity();
        }
        if (decision.activityId() == null) {
            throw new ApprovalDetailsRequiredException(ApprovalDetail.ACTIVITY);
        }
        return workActivity(request, decision.activityId());
    }

    /** The work activity chosen for a request for any work: refused unless it is work of the request's establishment. */
    public Activity workActivity(Request request, long activityId) {
        Activity chosen = em.find(Activity.class, activityId);
        if (chosen == null || chosen.getEstablishment().getId() != request.getEstablishmentId()) {
            throw new UnknownActivityException(activityId);
        }
        if (chosen.getKind() != ActivityKind.WORK) {
            throw new NotWorkException(chosen.getTitle());
        }
        return chosen;
    }

    static AppointmentKind kindFor(Team team) {
        return team == Team.SPIP ? AppointmentKind.PROBATION : AppointmentKind.OTHER;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
