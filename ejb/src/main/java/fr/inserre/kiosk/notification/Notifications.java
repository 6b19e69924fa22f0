package fr.inserre.kiosk.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes notifications for detainees, inside the caller's transaction: the notification exists if
 * and only if the change it announces was committed. Features call it from their services.
 */
@Dependent
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void tell(long detaineeId, NotificationKind kind, String subject, Instant eventAt, String detail) {
        em.persist(new Notification(detaineeId, clock.instant(), kind, subject, eventAt, detail));
    }

    public void tellAll(Collection<Long> detaineeIds, NotificationKind kind, String subject, Instant eventAt,
            String detail) {
        Instant now = clock.instant();
        for (Long id : detaineeIds) {
            em.persist(new Notification(id, now, kind, subject, eventAt, detail));
        }
    }
}
