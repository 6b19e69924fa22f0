package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.MyRequest;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/requests/sent.xhtml: "your request is sent", with its receipt number in big
 * type and the date by which it is due. Every form lands here by a redirect, so reloading the page
 * (or a second tap) sends nothing again. The id comes from the URL: the service refuses one not mine.
 */
@Named("kioskSent")
@RequestScoped
public class SentBacking {

    @Inject
    MyRequestsService requests;

    @Inject
    Messages messages;

    private Long id;
    private MyRequest sent;

    /** Where a form goes once its request is registered (a plain redirect: see {@link Redirects}). */
    public static String after(Request request) {
        return Redirects.to("/kiosk/requests/sent.xhtml?id=" + request.getId());
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            sent = requests.detail(id);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MyRequest getSent() {
        return sent;
    }
}
