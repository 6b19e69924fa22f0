package fr.inserre.kiosk.request;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.notification.Notifications;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Tells the detainee what happened to their request (kiosk notifications) and writes the audit
 * record, in the caller's transaction: both exist if and only if the change was committed.
 */
@Dependent
public class RequestNotices {

    static final String ENTITY = "Request";

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Notifies the detainee and audits {@code request.<action>}. The request must have its id. */
    public void changed(Request request, NotificationKind kind, String action) {
        notifications.tell(request.getDetainee().getId(), kind, request.receipt(), clock.instant(),
                request.getActivity() == null ? null : request.getActivity().getTitle());
        audit.recordWithDetail("request." + action, ENTITY, request.getId(),
                request.getType() + " " + request.getStatus());
    }

    /** Audits a change the detainee is not told about (a staff note). */
    public void audited(Request request, String action) {
        audit.recordWithDetail("request." + action, ENTITY, request.getId(),
                request.getType() + " " + request.getStatus());
    }
}
