package fr.inserre.kiosk.web.staff.admission;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.admission.AdmissionSlip;
import fr.inserre.kiosk.admission.CellOccupancy;
import fr.inserre.kiosk.admission.NewAdmission;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backing of /staff/admission/admit.xhtml: the admission form, then the slip with the badge and the
 * initial PIN, shown once in this view (never stored, gone when the page is left). The kiosk's language
 * is picked among the kiosk's languages by their own names; "Français facile" is French with reading
 * support. The service refuses a language the kiosk does not speak.
 */
@Named("admissionAdmit")
@ViewScoped
public class AdmitBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Locale> LANGUAGE_BY_TAG = LanguageSelection.KIOSK.stream()
            .collect(Collectors.toMap(Locale::toLanguageTag, Function.identity()));

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
        Locale chosen = LanguageSelection.find(LanguageSelection.KIOSK, language).orElse(null);
        // A tag that is no kiosk language goes as it is: the service refuses it.
        String code = chosen == null ? language : chosen.getLanguage();
        boolean support = readingSupport || LanguageSelection.EASY_FRENCH.equals(chosen);
        try {
            slip = admissions.admit(staffUser.getEstablishmentId(), new NewAdmission(prisonNumber, firstName, lastName,
                    birthDate, cellLabel, code, support, entryDate, expectedReleaseDate));
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

    /** The kiosk's languages, offered by their own names (French first, then easy-to-read French). */
    public List<Locale> getLanguages() {
        return LanguageSelection.KIOSK;
    }

    /** The same by tag ("fr-facile"), for the picker's items: each name is marked with its own language. */
    public Map<String, Locale> getLanguageByTag() {
        return LANGUAGE_BY_TAG;
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
