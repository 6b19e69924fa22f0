package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * How the kiosk talks to me, chosen at the kiosk by the detainee logged in: the language picked on
 * the kiosk (and "lecture facile", easy-to-read French) is remembered in their profile, so the next
 * login opens in it. The detainee is always the caller: no method takes a detainee id.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyCommunicationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    /**
     * Remembers the language the kiosk speaks to me and whether I want reading support (easy-to-read
     * screens when in French, read-aloud from the start). Nothing is written when nothing changes.
     */
    public void choose(@NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "{detainee.language.pattern}") String language,
            boolean readingSupport) {
        Long me = actor.detaineeId();
        Detainee detainee = me == null ? null : em.find(Detainee.class, me);
        if (detainee == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk chooses their language");
        }
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        if (language.equals(detainee.getPreferredLanguage()) && readingSupport == detainee.isReadingSupport()) {
            return;
        }
        detainee.preferCommunication(language, readingSupport);
        audit.recordWithDetail("detainee.communication.choose", "Detainee", me,
                language + (readingSupport ? ",reading-support" : ""));
    }
}
