package fr.inserre.kiosk.request;

import fr.inserre.kiosk.detainee.Detainee;
import jakarta.validation.constraints.Size;

/**
 * Filters of a staff request queue; a null or blank field does not filter.
 *
 * @param team one team's queue (null: every team the caller works for)
 * @param type one kind of request
 * @param status one status (null with {@code inProgressOnly}: submitted, in review or waitlisted)
 * @param inProgressOnly only requests not finished (the default queue)
 * @param overdueOnly only open requests past their due date
 * @param detainee start of the detainee's prison number or last name
 * @param receipt a receipt number ("2026-000123" or "123")
 * @param activityId requests about one activity (its waiting list, its applicants)
 * @param answerReceivedOnly only requests whose detainee answered a question no staff member has acted on since
 */
public record RequestFilter(Team team, RequestType type, RequestStatus status, boolean inProgressOnly,
        boolean overdueOnly, @Size(max = Detainee.NAME_MAX) String detainee, @Size(max = 24) String receipt,
        Long activityId, boolean answerReceivedOnly) {

    /** The filters without "réponse reçue only". */
    public RequestFilter(Team team, RequestType type, RequestStatus status, boolean inProgressOnly,
            boolean overdueOnly, String detainee, String receipt, Long activityId) {
        this(team, type, status, inProgressOnly, overdueOnly, detainee, receipt, activityId, false);
    }

    /** The default queue: everything in progress, of every team the caller works for. */
    public static final RequestFilter IN_PROGRESS = new RequestFilter(null, null, null, true, false, null, null, null);

    public RequestFilter withTeam(Team chosen) {
        return new RequestFilter(chosen, type, status, inProgressOnly, overdueOnly, detainee, receipt, activityId,
                answerReceivedOnly);
    }
}
