package fr.inserre.kiosk.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the kiosk sends when a detainee asks for something.
 *
 * @param type what kind of request
 * @param activityId the training or work activity asked for (training, job); null for "any work"
 * @param anyWork a job application for any work rather than one activity
 * @param team the service chosen for an appointment or a general request; null: the type's default
 * @param text the motivation (optional) or the general request's text (required); its length is checked by
 *     the service, which says how long it may be (a detainee's words are never cut)
 * @param halfDays the half-days proposed for an appointment
 * @param clientToken made once per form by the kiosk: submitting the same form twice finds the first request
 * @param attendanceId the attendance line disputed (hours dispute only)
 * @param disputeReason why the line is disputed (hours dispute only)
 */
public record NewRequest(@NotNull RequestType type, Long activityId, boolean anyWork, Team team,
        String text, @Size(max = Request.HALF_DAYS_MAX) List<HalfDay> halfDays,
        @NotBlank @Size(max = Request.TOKEN_MAX) String clientToken, Long attendanceId,
        HoursDisputeReason disputeReason) {

    /** A request about no attendance line (every type but the hours dispute). */
    public NewRequest(RequestType type, Long activityId, boolean anyWork, Team team, String text,
            List<HalfDay> halfDays, String clientToken) {
        this(type, activityId, anyWork, team, text, halfDays, clientToken, null, null);
    }

    public static NewRequest training(long activityId, String motivation, String token) {
        return new NewRequest(RequestType.TRAINING_ENROLMENT, activityId, false, null, motivation, List.of(), token);
    }

    /** A job application for one work activity, or for any work when {@code activityId} is null. */
    public static NewRequest job(Long activityId, String motivation, String token) {
        return new NewRequest(RequestType.JOB_APPLICATION, activityId, activityId == null, null, motivation,
                List.of(), token);
    }

    public static NewRequest appointment(Team team, List<HalfDay> halfDays, String text, String token) {
        return new NewRequest(RequestType.APPOINTMENT, null, false, team, text, halfDays, token);
    }

    public static NewRequest general(Team team, String text, String token) {
        return new NewRequest(RequestType.GENERAL, null, false, team, text, List.of(), token);
    }

    /** "Je conteste cette ligne": the attendance line, why, and optional words. */
    public static NewRequest hoursDispute(long attendanceId, HoursDisputeReason reason, String words, String token) {
        return new NewRequest(RequestType.HOURS_DISPUTE, null, false, null, words, List.of(), token, attendanceId,
                reason);
    }

    /** "Demander mon attestation d'heures" (to the work team). */
    public static NewRequest hoursAttestation(String token) {
        return new NewRequest(RequestType.HOURS_ATTESTATION, null, false, null, null, List.of(), token);
    }
}
