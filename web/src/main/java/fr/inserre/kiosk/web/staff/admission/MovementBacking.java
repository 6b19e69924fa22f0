package fr.inserre.kiosk.web.staff.admission;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.admission.CellOccupancy;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/admission/movement.xhtml?id=…: moves one person to another cell, or records their
 * release or transfer. Opening it is a consultation of the file (recorded, the person sees it).
 */
@Named("admissionMovement")
@ViewScoped
public class MovementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DetaineeService detainees;

    @Inject
    AdmissionService admissions;

    @Inject
    Messages messages;

    private Long id;
    private Detainee detainee;
    private List<String> freeCells;
    private String newCell;
    private LocalDate releaseDate;
    private ReleaseReason releaseReason = ReleaseReason.RELEASED;

    /** f:viewAction: loads the file once per view; an unknown id (or another establishment's) is refused. */
    public void load() throws IOException {
        try {
            if (id != null) {
                detainee = detainees.view(id);
                releaseDate = LocalDate.now(ClockProducer.ZONE);
                freeCells = admissions.cells(detainee.getEstablishment().getId()).stream().filter(CellOccupancy::free)
                        .map(CellOccupancy::cellLabel).toList();
                return;
            }
        } catch (UnknownDetaineeException unknown) {
            // answered below
        }
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void move() {
        try {
            detainee = admissions.move(detainee.getId(), newCell == null ? "" : newCell);
            messages.info("staff", "staff_admission_movement.moved", detainee.getCell().getLabel());
            freeCells = admissions.cells(detainee.getEstablishment().getId()).stream().filter(CellOccupancy::free)
                    .map(CellOccupancy::cellLabel).toList();
            newCell = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void release() {
        try {
            detainee = admissions.release(detainee.getId(), releaseDate, releaseReason);
            messages.info("staff", "staff_admission_movement.released");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public ReleaseReason[] getReasons() {
        return ReleaseReason.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public List<String> getFreeCells() {
        return freeCells;
    }

    public String getNewCell() {
        return newCell;
    }

    public void setNewCell(String newCell) {
        this.newCell = newCell;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    public ReleaseReason getReleaseReason() {
        return releaseReason;
    }

    public void setReleaseReason(ReleaseReason releaseReason) {
        this.releaseReason = releaseReason;
    }
}
