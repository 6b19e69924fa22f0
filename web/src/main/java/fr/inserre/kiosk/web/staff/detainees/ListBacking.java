package fr.inserre.kiosk.web.staff.detainees;

import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/detainees/list.xhtml: the establishment's detainees in a lazy, filterable table.
 * Until staff log in (identity feature), the establishment is picked in the page; afterwards it will
 * be the staff member's own.
 */
@Named
@ViewScoped
public class ListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentService establishmentService;

    @Inject
    DetaineeService detaineeService;

    private List<Establishment> establishments;
    private Long establishmentId;
    private DetaineeLazyModel detainees;
    private List<String> languages;

    @PostConstruct
    void init() {
        establishments = establishmentService.findAll();
        establishmentId = establishments.isEmpty() ? null : establishments.get(0).getId();
        detainees = new DetaineeLazyModel(detaineeService, () -> establishmentId);
        loadLanguages();
    }

    /** After the establishment changed in the page. */
    public void onEstablishmentChange() {
        loadLanguages();
    }

    private void loadLanguages() {
        languages = establishmentId == null ? List.of() : detaineeService.languages(establishmentId);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<Establishment> getEstablishments() {
        return establishments;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    /** Only an establishment of the list may be chosen (never an id the client made up). */
    public void setEstablishmentId(Long id) {
        if (id != null && establishments.stream().anyMatch(e -> e.getId().equals(id))) {
            establishmentId = id;
        }
    }

    public DetaineeLazyModel getDetainees() {
        return detainees;
    }

    public DetaineeStatus[] getStatuses() {
        return DetaineeStatus.values();
    }
}
