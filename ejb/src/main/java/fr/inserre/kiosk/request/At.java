package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.CurrentActor;
import java.time.Instant;

/**
 * Who acts on a request and when: the login (as in the audit trail), a name to show ("Mme Durand,
 * responsable de formation"), the moment.
 */
public record At(String login, String name, Instant at) {

    /** The detainee acting on their own request, as the audit trail names them. */
    public static At detainee(long detaineeId, Instant at) {
        return new At(CurrentActor.DETAINEE_PREFIX + detaineeId, null, at);
    }

    /** The system itself (escalation, departure). */
    public static At system(Instant at) {
        return new At(CurrentActor.SYSTEM, null, at);
    }
}
