package fr.inserre.kiosk.web.staff.admission;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.admission.AdmissionSlip;
import fr.inserre.kiosk.admission.CellOccupancy;
import fr.inserre.kiosk.admission.NewAdmission;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/admission/admit.xhtml: the admission form, then the slip with the badge and the
 * initial PIN, shown once in this view (never stored, gone when the page is left).
 */
@Named("admissionAdmit")
@ViewScoped
public class AdmitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdmissionService admissions;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private String prisonNumber;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String cellLabel;
    private String language = "fr";
    private boolean readingSupport;
    private LocalDate entryDate;
    private LocalDate expectedReleaseDate;
    private List<String> freeCells;
    private AdmissionSlip slip;

    @PostConstruct
    void init() {
        entryDate = LocalDate.now(ClockProducer.ZONE);
        loadFreeCells();
    }

    private void loadFreeCells() {
        freeCells = admissions.cells(staffUser.getEstablishmentId()).stream().filter(CellOccupancy::free)
                .map(CellOccupancy::cellLabel).toList();
    }

    /** Admits the person; the slip replaces the form. */
    public void admit() {
        try {
            slip = admissions.admit(staffUser.getEstablishmentId(), new NewAdmission(prisonNumber, firstName, lastName,
                    birthDate, cellLabel, language, readingSupport, entryDate, expectedReleaseDate));
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Another admission: the slip is forgotten, the form comes back empty. */
    public void next() {
        slip = null;
        prisonNumber = null;
        lastName = null;
        firstName = null;
        birthDate = null;
        cellLabel = null;
        language = "fr";
        readingSupport = false;
        expectedReleaseDate = null;
        entryDate = LocalDate.now(ClockProducer.ZONE);
        loadFreeCells();
    }

    public AdmissionSlip getSlip() {
        return slip;
    }

    public List<String> getFreeCells() {
        return freeCells;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public void setPrisonNumber(String prisonNumber) {
        this.prisonNumber = prisonNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getCellLabel() {
        return cellLabel;
    }

    public void setCellLabel(String cellLabel) {
        this.cellLabel = cellLabel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isReadingSupport() {
        return readingSupport;
    }

    public void setReadingSupport(boolean readingSupport) {
        this.readingSupport = readingSupport;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public void setExpectedReleaseDate(LocalDate expectedReleaseDate) {
        this.expectedReleaseDate = expectedReleaseDate;
    }
}
