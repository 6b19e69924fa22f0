package fr.inserre.kiosk.web.staff.establishment;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backing of /staff/establishment/settings.xhtml: the direction's settings of its own establishment. */
@Named("establishmentSettings")
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private String name;
    private Integer idleSeconds;

    @PostConstruct
    void load() {
        Establishment establishment = establishments.get(staffUser.getEstablishmentId());
        name = establishment.getName();
        idleSeconds = establishment.getKioskIdleSeconds();
    }

    public void save() {
        try {
            establishments.setKioskIdleTimeout(staffUser.getEstablishmentId(), idleSeconds == null ? 0 : idleSeconds);
            messages.info("staff", "staff_establishment_settings.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String getName() {
        return name;
    }

    public Integer getIdleSeconds() {
        return idleSeconds;
    }

    public void setIdleSeconds(Integer idleSeconds) {
        this.idleSeconds = idleSeconds;
    }

    public int getMinIdleSeconds() {
        return Establishment.MIN_IDLE_SECONDS;
    }

    public int getMaxIdleSeconds() {
        return Establishment.MAX_IDLE_SECONDS;
    }
}
