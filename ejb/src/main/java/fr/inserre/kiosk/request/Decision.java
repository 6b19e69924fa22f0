package fr.inserre.kiosk.request;

import fr.inserre.kiosk.schedule.Allocation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A staff member's decision on a request.
 *
 * @param outcome APPROVED, REJECTED, WAITLISTED (training) or ANSWERED (general request)
 * @param reason why it is refused (required for a refusal)
 * @param text the written reason, the answer, or a message to the detainee with an approval
 * @param fromDate first day of the allocation (training, job)
 * @param activityId the work activity chosen when the detainee asked for any work
 * @param appointmentDate day of the appointment
 * @param appointmentStart start of the appointment
 * @param appointmentEnd end of the appointment
 * @param overrideReason accepts a schedule conflict, with a reason (audited)
 */
public record Decision(@NotNull RequestStatus outcome, RefusalReason reason, @Size(max = Request.TEXT_MAX) String text,
        LocalDate fromDate, Long activityId, LocalDate appointmentDate, LocalTime appointmentStart,
        LocalTime appointmentEnd, @Size(max = Allocation.TEXT_MAX) String overrideReason) {

    public static Decision reject(RefusalReason reason, String text) {
        return new Decision(RequestStatus.REJECTED, reason, text, null, null, null, null, null, null);
    }

    public static Decision answer(String text) {
        return new Decision(RequestStatus.ANSWERED, null, text, null, null, null, null, null, null);
    }

    public static Decision waitlist() {
        return new Decision(RequestStatus.WAITLISTED, null, null, null, null, null, null, null, null);
    }

    /** Approves a training or a job from a day ({@code activityId} for "any work", else null). */
    public static Decision allocateFrom(LocalDate from, Long activityId, String message) {
        return new Decision(RequestStatus.APPROVED, null, message, from, activityId, null, null, null, null);
    }

    public static Decision appointment(LocalDate day, LocalTime start, LocalTime end, String message) {
        return new Decision(RequestStatus.APPROVED, null, message, null, null, day, start, end, null);
    }

    /** The same decision, accepting a schedule conflict for the reason given. */
    public Decision overriding(String reason) {
        return new Decision(outcome, this.reason, text, fromDate, activityId, appointmentDate, appointmentStart,
                appointmentEnd, reason);
    }
}
