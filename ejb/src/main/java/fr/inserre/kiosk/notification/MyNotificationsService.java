package fr.inserre.kiosk.notification;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The logged-in detainee's notifications. No method takes a detainee id: it is always the caller's own. */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyNotificationsService {

    /** How many notifications the kiosk home lists (most recent first). */
    public static final int SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    public List<Notification> recent() {
        return em.createNamedQuery("Notification.mine", Notification.class).setParameter("detainee", me())
                .setMaxResults(SHOWN).getResultList();
    }

    public long unreadCount() {
        return em.createNamedQuery("Notification.unread", Long.class).setParameter("detainee", me())
                .getSingleResult();
    }

    /** Marks every notification of mine as read (the detainee tapped "J'ai lu"). */
    public int markAllRead() {
        return em.createNamedQuery("Notification.markAllRead").setParameter("detainee", me())
                .setParameter("now", clock.instant()).executeUpdate();
    }

    private long me() {
        Long me = actor.detaineeId();
        if (me == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return me;
    }
}
