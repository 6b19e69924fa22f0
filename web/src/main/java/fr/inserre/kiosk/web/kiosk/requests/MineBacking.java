package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.MyRequest;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing of /kiosk/requests/mine.xhtml, "Mes demandes": every request of the logged-in detainee,
 * latest first, with the place on waiting lists.
 */
@Named("kioskMine")
@RequestScoped
public class MineBacking {

    @Inject
    MyRequestsService requests;

    @Inject
    Messages messages;

    private List<MyRequest> mine = List.of();

    @PostConstruct
    void load() {
        try {
            mine = requests.mine();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public List<MyRequest> getMine() {
        return mine;
    }
}
