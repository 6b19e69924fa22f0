package fr.inserre.kiosk.web.kiosk.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing of /kiosk/requests/jobs.xhtml, "Travail": work activities open to job applications, and "any work". */
@Named("kioskJobs")
@RequestScoped
public class JobsBacking extends OffersList {

    @PostConstruct
    void load() {
        load(false);
    }
}
