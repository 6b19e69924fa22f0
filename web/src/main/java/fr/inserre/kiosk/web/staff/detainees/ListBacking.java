package fr.inserre.kiosk.web.staff.detainees;

import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/detainees/list.xhtml: the detainees of the staff member's own establishment in a
 * lazy, filterable table. The service checks the establishment again on every page.
 */
@Named
@ViewScoped
public class ListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentService establishmentService;

    @Inject
    DetaineeService detaineeService;

    @Inject
    StaffUser staffUser;

    private String establishmentName;
    private DetaineeLazyModel detainees;
    private List<String> languages;

    @PostConstruct
    void init() {
        long establishmentId = staffUser.getEstablishmentId();
        establishmentName = establishmentService.get(establishmentId).getName();
        detainees = new DetaineeLazyModel(detaineeService, () -> establishmentId);
        languages = detaineeService.languages(establishmentId);
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    public DetaineeLazyModel getDetainees() {
        return detainees;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public DetaineeStatus[] getStatuses() {
        return DetaineeStatus.values();
    }
}
