package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.MyRequest;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.RequestEvent;
import fr.inserre.kiosk.request.RequestEventKind;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /kiosk/requests/request.xhtml: one of my requests with the history I may see (never
 * staff notes), the decision and its reason, "Annuler ma demande" behind a confirmation, and the
 * answer to a question staff asked. The id comes from the URL: the service refuses one not mine.
 * Cancelling and answering are done once per screen: a second tap gets the first one's outcome.
 */
@Named("kioskRequest")
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRequestsService requests;

    @Inject
    Messages messages;

    private Long id;
    private MyRequest mine;
    private List<RequestEvent> history = List.of();
    private String question;
    private boolean confirmingCancel;
    private String answer;
    /** The confirmation key once cancelled or answered from this screen. */
    private String done;

    /** View action. */
    public void load() {
        if (id != null) {
            refresh();
        }
    }

    private void refresh() {
        try {
            mine = requests.detail(id);
            history = mine.request().visibleEvents();
            question = !mine.request().isAwaitingAnswer() ? null : history.stream()
                    .filter(e -> e.getKind() == RequestEventKind.QUESTION).reduce((first, last) -> last)
                    .map(RequestEvent::getText).orElse(null);
        } catch (BusinessException refusal) {
            mine = null;
            messages.refused(refusal);
        }
    }

    /** "Annuler ma demande": asks for confirmation first. */
    public void askCancel() {
        confirmingCancel = true;
    }

    /** "Non, je la garde". */
    public void keep() {
        confirmingCancel = false;
    }

    /** "Oui, annuler". */
    public synchronized String cancel() {
        if (done == null) {
            try {
                requests.cancel(id);
                done = "kiosk_requests_request.cancelled";
            } catch (BusinessException refusal) {
                confirmingCancel = false;
                messages.refused(refusal);
                refresh();
                return null;
            }
        }
        return reopen();
    }

    /** "Envoyer ma réponse" to the question asked. */
    public synchronized String sendAnswer() {
        if (done == null) {
            try {
                requests.answer(id, answer == null ? "" : answer);
                done = "kiosk_requests_request.answered";
            } catch (BusinessException refusal) {
                messages.refused(refusal);
                return null;
            }
        }
        return reopen();
    }

    private String reopen() {
        messages.infoAfterRedirect("kiosk", done);
        return Redirects.to("/kiosk/requests/request.xhtml?id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MyRequest getMine() {
        return mine;
    }

    public List<RequestEvent> getHistory() {
        return history;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
