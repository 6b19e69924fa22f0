package fr.inserre.kiosk.request;

import fr.inserre.kiosk.attestation.AttestationIssued;
import fr.inserre.kiosk.notification.NotificationKind;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Demander mon attestation d'heures" is answered by the attestation itself: when staff issue one, the person's
 * request for it in progress is answered in the same transaction, by the issuer, with its period and verification
 * code, and the person is told at the kiosk. Staff need not answer it by hand, and cannot forget to.
 */
@Dependent
public class RequestAttestations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestNotices notices;

    void onIssue(@Observes AttestationIssued issued) {
        List<Request> asked = em.createQuery("select r from Request r where r.detainee.id = :detainee "
                + "and r.type = :attestation and r.status in :open", Request.class)
                .setParameter("detainee", issued.detaineeId()).setParameter("attestation", RequestType.HOURS_ATTESTATION)
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW)).getResultList();
        At who = new At(issued.issuerLogin(), issued.issuerName(), issued.at());
        for (Request request : asked) {
            request.answer(answer(issued), who);
            notices.changed(request, NotificationKind.REQUEST_ANSWERED, "answer.attestation");
        }
    }

    /** Written on behalf of the issuer, in French like every staff answer (see README, Known limits). */
    static String answer(AttestationIssued issued) {
        return "Votre attestation d'heures et de formations du " + DAY.format(issued.from()) + " au "
                + DAY.format(issued.to()) + " est établie (code de vérification " + issued.code()
                + "). Elle vous est remise imprimée.";
    }
}
