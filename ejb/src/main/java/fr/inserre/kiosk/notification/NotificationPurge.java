package fr.inserre.kiosk.notification;

import fr.inserre.kiosk.admission.DetaineesPurging;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** When the retention period of released people has passed, what the kiosk told them goes. */
@Dependent
public class NotificationPurge {

    @PersistenceContext
    EntityManager em;

    void onPurge(@Observes @Priority(DetaineesPurging.LINKED) DetaineesPurging purging) {
        purging.delete(em, "notification", "delete from notification where detainee_id in (:ids)");
    }
}
