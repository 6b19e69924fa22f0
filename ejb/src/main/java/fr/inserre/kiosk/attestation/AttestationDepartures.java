package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.admission.DetaineeReleased;
import fr.inserre.kiosk.admission.DetaineesPurging;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A detainee who leaves takes their hours with them: the release (or transfer) issues the attestation
 * of the whole stay in the release's own transaction (issue 9), printable from their file. When the
 * retention period of released people has passed, their attestations go before their record.
 */
@Dependent
public class AttestationDepartures {

    @Inject
    AttestationService attestations;

    @PersistenceContext
    EntityManager em;

    void onRelease(@Observes DetaineeReleased departure) {
        attestations.issueAtRelease(departure.detaineeId(), departure.date());
    }

    void onPurge(@Observes @Priority(DetaineesPurging.LINKED) DetaineesPurging purging) {
        purging.delete(em, "hours_attestation_line", "delete l from hours_attestation_line l "
                + "join hours_attestation a on a.id = l.attestation_id where a.detainee_id in (:ids)");
        purging.delete(em, "hours_attestation", "delete from hours_attestation "
                + "where detainee_id in (:ids)");
    }
}
