package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.admission.DetaineesPurging;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A partner's slot belongs to the partner and stays when the person who booked it is purged: it only
 * lets go of their appointment (which goes with the rest of their schedule), before that appointment.
 */
@Dependent
public class PartnerSlotPurge {

    @PersistenceContext
    EntityManager em;

    void onPurge(@Observes @Priority(DetaineesPurging.LINKING) DetaineesPurging purging) {
        purging.delete(em, "partner_slot.appointment", "update partner_slot s join appointment a "
                + "on a.id = s.appointment_id set s.appointment_id = null where a.detainee_id in (:ids)");
    }
}
