package fr.inserre.kiosk.web.staff.admission;

import fr.inserre.kiosk.admission.AdmissionService;
import fr.inserre.kiosk.admission.AdmissionSlip;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/admission/index.xhtml: the admission desk's home. Lists the people admitted by the
 * roster import who still have no badge, and issues theirs with a slip shown once.
 */
@Named("admissionIndex")
@ViewScoped
public class IndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdmissionService admissions;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private List<Detainee> awaitingBadge;
    private AdmissionSlip slip;

    @PostConstruct
    void load() {
        awaitingBadge = admissions.awaitingBadge(staffUser.getEstablishmentId());
    }

    public void issueBadge(Detainee detainee) {
        try {
            slip = admissions.issueBadge(detainee.getId());
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void closeSlip() {
        slip = null;
    }

    public List<Detainee> getAwaitingBadge() {
        return awaitingBadge;
    }

    public AdmissionSlip getSlip() {
        return slip;
    }
}
