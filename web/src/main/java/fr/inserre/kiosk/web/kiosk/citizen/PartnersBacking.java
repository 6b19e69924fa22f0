package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /kiosk/citizen/partners.xhtml: who comes to the establishment, for what, and when. */
@Named("kioskPartnersBacking")
@RequestScoped
public class PartnersBacking {

    @Inject
    PartnerDirectory directory;

    private List<Partner> partners;

    @PostConstruct
    void init() {
        partners = directory.forMe();
    }

    public List<Partner> getPartners() {
        return partners;
    }
}
