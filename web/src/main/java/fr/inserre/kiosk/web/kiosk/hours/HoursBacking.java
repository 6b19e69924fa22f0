package fr.inserre.kiosk.web.kiosk.hours;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.hours.MyHours;
import fr.inserre.kiosk.hours.MyHoursService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.kiosk.requests.RequestForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/hours/index.xhtml, "Mes heures": this week, this month and since arrival, each
 * tappable to its sessions; and "Demander mon attestation d'heures" (a request, sent once per screen).
 */
@Named("kioskHours")
@ViewScoped
public class HoursBacking extends RequestForm {

    private static final long serialVersionUID = 1L;

    @Inject
    MyHoursService hours;

    @Inject
    Messages pageMessages;

    private MyHours mine;

    /** View action: the three periods. */
    public void load() {
        try {
            mine = hours.overview();
        } catch (BusinessException refusal) {
            pageMessages.refused(refusal);
        }
    }

    /** "Demander mon attestation d'heures": registers the request (once) and shows its receipt. */
    public String askAttestation() {
        return submit(() -> NewRequest.hoursAttestation(clientToken()));
    }

    public MyHours getMine() {
        return mine;
    }
}
