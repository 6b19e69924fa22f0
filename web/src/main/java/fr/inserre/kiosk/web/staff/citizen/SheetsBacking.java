package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.InfoSheetService;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.citizen.SheetRow;
import fr.inserre.kiosk.citizen.SheetStatus;
import fr.inserre.kiosk.citizen.SheetTopic;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;

/** Backing of /staff/citizen/sheets.xhtml: the establishment's information sheets in a lazy table. */
@Named
@ViewScoped
public class SheetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InfoSheetService service;

    @Inject
    StaffUser staffUser;

    private SheetLazyModel sheets;

    @PostConstruct
    void init() {
        sheets = new SheetLazyModel(service, staffUser.getEstablishmentId());
    }

    public SheetLazyModel getSheets() {
        return sheets;
    }

    /** The languages a sheet is written in, as codes: "FR, AR, ES". */
    public String languageCodes(SheetRow row) {
        return row.languages().stream().map(KioskLanguage::name).collect(Collectors.joining(", "));
    }

    public SheetTopic[] getTopics() {
        return SheetTopic.values();
    }

    public SheetStatus[] getStatuses() {
        return SheetStatus.values();
    }
}
