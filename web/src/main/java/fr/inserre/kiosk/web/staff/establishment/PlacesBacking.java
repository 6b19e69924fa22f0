package fr.inserre.kiosk.web.staff.establishment;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.establishment.PlaceKind;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backing of /staff/establishment/places.xhtml: workshops, training rooms, classrooms, espace citoyen. */
@Named("establishmentPlaces")
@ViewScoped
public class PlacesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private List<Place> places;
    private String name;
    private PlaceKind kind = PlaceKind.WORKSHOP;
    private Integer capacity;

    @PostConstruct
    void load() {
        places = establishments.places(staffUser.getEstablishmentId());
    }

    public void add() {
        try {
            establishments.addPlace(staffUser.getEstablishmentId(), name == null ? "" : name, kind,
                    capacity == null ? 0 : capacity);
            messages.info("staff", "staff_establishment_places.added");
            name = null;
            capacity = null;
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void toggle(Place place) {
        try {
            establishments.setPlaceOpen(place.getId(), !place.isActive());
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public List<Place> getPlaces() {
        return places;
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
