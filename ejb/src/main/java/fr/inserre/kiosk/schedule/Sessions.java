package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.notification.Notifications;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Changes to sessions and who they concern, shared by the services that cancel sessions (a session
 * cancelled, a slot removed, a holiday declared, an activity shortened). Works in the caller's
 * transaction; auditing is the caller's.
 */
@Dependent
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** The detainees expected at the session: active allocations covering its date. */
    public List<Long> expectedAt(ActivitySession session) {
        return em.createQuery("select a.detainee.id from Allocation a where a.activity = :activity "
                + "and a.status in :expected and a.fromDate <= :date and (a.untilDate is null or a.untilDate >= :date)",
                Long.class)
                .setParameter("activity", session.getActivity())
                .setParameter("expected", List.of(AllocationStatus.ACTIVE, AllocationStatus.ENDED))
                .setParameter("date", session.getDate()).getResultList();
    }

    /** Cancels each session not yet cancelled and tells the detainees who were expected. */
    public void cancelAll(List<ActivitySession> sessions, String reason) {
        for (ActivitySession session : sessions) {
            if (!session.isCancelled()) {
                session.cancel(reason);
                notifications.tellAll(expectedAt(session), NotificationKind.SESSION_CANCELLED,
                        session.getActivity().getTitle(), session.getStartAt(), session.getReason());
            }
        }
    }
}
