package fr.inserre.kiosk.web.staff.establishment;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.admission.CellOccupancy;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/establishment/cells.xhtml: the establishment's cells, who is in each, a new cell, a cell
 * renamed, an empty cell closed with a reason or reopened.
 */
@Named("establishmentCells")
@ViewScoped
public class CellsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EstablishmentService establishments;

    @Inject
    AdmissionService admissions;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private List<CellOccupancy> cells;
    private String newLabel;
    private Long renaming;
    private String renameLabel;
    private Long closing;
    private String closeReason;

    @PostConstruct
    void load() {
        cells = admissions.cells(staffUser.getEstablishmentId());
    }

    public void add() {
        try {
            establishments.addCell(staffUser.getEstablishmentId(), newLabel == null ? "" : newLabel);
            messages.info("staff", "staff_establishment_cells.added", newLabel.strip());
            newLabel = null;
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Shows the row's label as a field to rename it. */
    public void startRename(CellOccupancy cell) {
        cancelClose();
        renaming = cell.cellId();
        renameLabel = cell.cellLabel();
    }

    public void cancelRename() {
        renaming = null;
        renameLabel = null;
    }

    public void rename() {
        try {
            establishments.renameCell(renaming, renameLabel == null ? "" : renameLabel);
            messages.info("staff", "staff_establishment_cells.renamed", renameLabel.strip());
            cancelRename();
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Shows the row's reason field to close the cell. */
    public void startClose(CellOccupancy cell) {
        cancelRename();
        closing = cell.cellId();
        closeReason = null;
    }

    public void cancelClose() {
        closing = null;
        closeReason = null;
    }

    public void close() {
        try {
            String label = establishments.closeCell(closing, closeReason == null ? "" : closeReason).getLabel();
            messages.info("staff", "staff_establishment_cells.closed", label);
            cancelClose();
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void reopen(CellOccupancy cell) {
        try {
            establishments.reopenCell(cell.cellId());
            messages.info("staff", "staff_establishment_cells.reopened", cell.cellLabel());
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public boolean isClosing(CellOccupancy cell) {
        return closing != null && closing == cell.cellId();
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public boolean isRenaming(CellOccupancy cell) {
        return renaming != null && renaming == cell.cellId();
    }

    public String getRenameLabel() {
        return renameLabel;
    }

    public void setRenameLabel(String renameLabel) {
        this.renameLabel = renameLabel;
    }

    public List<CellOccupancy> getCells() {
        return cells;
    }

    public long getFreeCount() {
        return cells.stream().filter(CellOccupancy::free).count();
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }
}
