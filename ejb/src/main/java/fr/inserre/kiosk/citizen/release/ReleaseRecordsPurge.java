package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.admission.DetaineesPurging;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When the retention period of released people has passed, their release checklist (whose items may
 * point at their help requests: it goes before the requests), skills and CV choices go with them.
 */
@Dependent
public class ReleaseRecordsPurge {

    @PersistenceContext
    EntityManager em;

    void onPurge(@Observes @Priority(DetaineesPurging.LINKING) DetaineesPurging purging) {
        purging.delete(em, "release_item", "delete from release_item where detainee_id in (:ids)");
        purging.delete(em, "skill", "delete from skill where detainee_id in (:ids)");
        purging.delete(em, "cv_profile", "delete from cv_profile where detainee_id in (:ids)");
    }
}
