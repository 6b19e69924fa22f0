package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing of /staff/citizen/partners.xhtml: the establishment's partners, active first. A directory
 * holds a handful of organisations, so the table is not lazy.
 */
@Named
@RequestScoped
public class PartnerListBacking {

    @Inject
    PartnerDirectory directory;

    @Inject
    StaffUser staffUser;

    private List<Partner> partners;

    @PostConstruct
    void init() {
        partners = directory.all(staffUser.getEstablishmentId());
    }

    public List<Partner> getPartners() {
        return partners;
    }
}
