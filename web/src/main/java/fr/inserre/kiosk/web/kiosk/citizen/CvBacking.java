package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.release.MyCvService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/citizen/cv.xhtml, "Mon CV": the CV as it would print (no download on a locked kiosk),
 * the choice to name the establishment on it (off unless chosen), and "Demander une impression".
 */
@Named("kioskCv")
@RequestScoped
public class CvBacking {

    @Inject
    MyCvService service;

    @Inject
    Messages messages;

    private MyCvService.MyCv mine;

    @PostConstruct
    void load() {
        mine = service.mine();
    }

    public String show(boolean show) {
        service.showEstablishment(show);
        messages.infoAfterRedirect("kiosk", show ? "kiosk_citizen_cv.shown" : "kiosk_citizen_cv.hidden");
        return "/kiosk/citizen/cv?faces-redirect=true";
    }

    public String askPrint() {
        service.askPrint();
        messages.infoAfterRedirect("kiosk", "kiosk_citizen_cv.printAsked");
        return "/kiosk/citizen/cv?faces-redirect=true";
    }

    public MyCvService.MyCv getMine() {
        return mine;
    }
}
