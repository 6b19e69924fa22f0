package fr.inserre.kiosk.web.kiosk.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing of /kiosk/requests/trainings.xhtml, "Formations": vocational trainings and education open to requests. */
@Named("kioskTrainings")
@RequestScoped
public class TrainingsBacking extends OffersList {

    @PostConstruct
    void load() {
        load(true);
    }
}
