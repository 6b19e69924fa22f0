package fr.inserre.kiosk.request;

import fr.inserre.kiosk.admission.DetaineeReleased;
import fr.inserre.kiosk.notification.NotificationKind;
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
 * read-only, with the rest of the record.
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
}
