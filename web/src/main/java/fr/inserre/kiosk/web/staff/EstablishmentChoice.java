package fr.inserre.kiosk.web.staff;

import fr.inserre.kiosk.establishment.Establishment;
import java.io.Serializable;
import java.util.List;

/**
 * The establishment a staff page works on. Until staff log in (identity feature) it is picked in the
 * page among all establishments, the first by name at first; afterwards it will be the staff
 * member's own and this is the one place to change. Only an establishment of the list can be chosen,
 * never an id the client made up.
 */
public class EstablishmentChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Establishment> establishments;
    private Long id;

    public EstablishmentChoice(List<Establishment> establishments) {
        this.establishments = List.copyOf(establishments);
        this.id = establishments.isEmpty() ? null : establishments.get(0).getId();
    }

    public List<Establishment> getEstablishments() {
        return establishments;
    }

    /** The chosen establishment's id; null when there is none. */
    public Long getId() {
        return id;
    }

    /** Chooses an establishment of the list; any other id is ignored. */
    public void setId(Long chosen) {
        if (chosen != null && establishments.stream().anyMatch(e -> e.getId().equals(chosen))) {
            id = chosen;
        }
    }
}
