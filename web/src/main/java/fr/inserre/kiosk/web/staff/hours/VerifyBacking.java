package fr.inserre.kiosk.web.staff.hours;

import fr.inserre.kiosk.attestation.AttestationService;
import fr.inserre.kiosk.attestation.HoursAttestation;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backing of /staff/hours/verify.xhtml: staff type the code printed on an attestation someone shows
 * them and see who issued it, when, for whom, the period and the totals, and whether the stored content
 * is intact. The service decides (own establishment only) and audits every check.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttestationService attestations;

    @Inject
    Messages messages;

    private String code;
    private HoursAttestation found;

    public void verify() {
        found = null;
        try {
            found = attestations.verify(code);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String hours(long minutes) {
        return fr.inserre.kiosk.document.DocumentTexts.hours(minutes);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public HoursAttestation getFound() {
        return found;
    }
}
