package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the request forms (ask, new, appointment, and the hours dispute and attestation) share, in their view scope: the client token, made
 * once when the form is created, so that a double tap or a replayed form finds the request the first
 * submission made; the text typed or picked; and sending, which shows the receipt or keeps everything
 * on screen with the refusal's message.
 */
public abstract class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRequestsService requests;

    @Inject
    Messages messages;

    private final String clientToken = UUID.randomUUID().toString();
    private String text;

    /** Registers the request (once per form) and shows its receipt; a refusal is shown on the form. */
    protected String submit(Supplier<NewRequest> wish) {
        try {
            return SentBacking.after(requests.submit(wish.get()));
        } catch (BusinessException refusal) {
            messages.refused(refusal);
            return null;
        }
    }

    protected String clientToken() {
        return clientToken;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
