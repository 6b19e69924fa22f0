package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.request.At;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestIntake;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.request.TextTooLongException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;

/**
 * "Préparer ma sortie" at the kiosk: my checklist with what is still missing and the time left, and
 * "Demander de l'aide" on an item, which is a written request to the SPIP (the CPIP's queue) naming the
 * item. No method takes a detainee id: it is always the caller's own checklist.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyReleaseService {

    /** What the detainee may add in their own words to a request for help. */
    public static final int WORDS_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallingDetainee caller;

    @Inject
    ReleaseChecklists checklists;

    @Inject
    RequestIntake intake;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ReleaseChecklist mine() {
        return checklists.of(caller.find());
    }

    /**
     * Asks the SPIP for help on an item: a written request in their queue, once per form (the client token)
     * and once while a request for this item is still waiting.
     */
    public Request askHelp(long templateItemId, String words,
            @NotBlank @Size(max = Request.TOKEN_MAX) String clientToken) {
        Detainee me = caller.find();
        String mine = words == null || words.isBlank() ? null : words.strip();
        if (mine != null && mine.length() > WORDS_MAX) {
            throw new TextTooLongException(WORDS_MAX);
        }
        ReleaseTemplateItem item = checklists.templateItem(me, templateItemId);
        ReleaseItem row = checklists.rowFor(me, item);
        Request previous = row.getHelpRequest();
        if (previous != null && previous.getStatus().isOpen() && !clientToken.equals(previous.getClientToken())) {
            throw new HelpAlreadyAskedException(previous.receipt());
        }
        String text = CitizenWords.french("help.text", CitizenWords.itemLabel(item.getKind(), item.getLabel()))
                + (mine == null ? "" : "\n" + CitizenWords.french("help.words", mine));
        // The intake locks my row, finds a replayed form's request, and refuses a released person.
        Request request = intake.submit(me.getId(), NewRequest.general(Team.SPIP, text, clientToken),
                At.detainee(me.getId(), clock.instant()));
        row.helpAsked(request);
        audit.recordWithDetail("citizen.release.help", "ReleaseItem", row.getId(), request.receipt());
        return request;
    }
}
