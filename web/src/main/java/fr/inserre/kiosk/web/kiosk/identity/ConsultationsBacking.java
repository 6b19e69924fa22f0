package fr.inserre.kiosk.web.kiosk.identity;

import fr.inserre.kiosk.identity.MyFileService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /kiosk/identity/consultations.xhtml: who (which role) looked at my file, and when. */
@Named
@RequestScoped
public class ConsultationsBacking {

    @Inject
    MyFileService myFile;

    private List<MyFileService.Consultation> consultations;

    @PostConstruct
    void load() {
        consultations = myFile.whoLookedAtMyFile();
    }

    public List<MyFileService.Consultation> getConsultations() {
        return consultations;
    }
}
