package fr.inserre.kiosk.request;

import fr.inserre.kiosk.admission.DetaineeReleased;
import fr.inserre.kiosk.admission.DetaineesPurging;
import fr.inserre.kiosk.notification.NotificationKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * A detainee who leaves has nothing more to wait for: their requests in progress (open or on a
 * waiting list) are cancelled with a message, in the release's own transaction. The requests stay,
 * read-only, with the rest of the record, until the retention period has passed: then they go with
 * their history, wished half-days and commission items, before the allocations, appointments and
 * attendance lines they point at (and after the release checklist items that point at them).
 */
@Dependent
public class RequestDepartures {

    /** Written in the history of each cancelled request, on behalf of the establishment. */
    static final String REASON = "Départ de l'établissement";

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestNotices notices;

    @Inject
    Clock clock;

    void onRelease(@Observes DetaineeReleased departure) {
        At system = At.system(clock.instant());
        List<Request> inProgress = em.createQuery("select r from Request r where r.detainee.id = :detainee "
                + "and r.status in :inProgress", Request.class).setParameter("detainee", departure.detaineeId())
                .setParameter("inProgress", MyRequestsService.IN_PROGRESS)
                // A roster import releases many people in one transaction: no flush of it all per read.
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Request request : inProgress) {
            request.cancel(system, REASON);
            notices.changed(request, NotificationKind.REQUEST_CANCELLED, "cancel.departure");
        }
    }

    void onPurge(@Observes @Priority(DetaineesPurging.LINKING + 100) DetaineesPurging purging) {
        purging.delete(em, "commission_item", "delete i from commission_item i join detainee_request r "
                + "on r.id = i.request_id where r.detainee_id in (:ids)");
        purging.delete(em, "request_half_day", "delete h from request_half_day h join detainee_request r "
                + "on r.id = h.request_id where r.detainee_id in (:ids)");
        purging.delete(em, "request_event", "delete e from request_event e join detainee_request r "
                + "on r.id = e.request_id where r.detainee_id in (:ids)");
        purging.delete(em, "detainee_request", "delete from detainee_request where detainee_id in (:ids)");
    }
}
