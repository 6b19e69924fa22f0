package fr.inserre.kiosk.web.kiosk.identity;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.identity.KioskCredentialService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backing of /kiosk/identity/pin.xhtml: the detainee chooses their own PIN, typed twice. */
@Named("kioskPin")
@RequestScoped
public class PinBacking {

    @Inject
    KioskCredentialService credentials;

    @Inject
    Messages messages;

    private String pin;
    private String confirmation;

    public String save() {
        try {
            credentials.choosePin(pin == null ? "" : pin, confirmation == null ? "" : confirmation);
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        } finally {
            pin = null;
            confirmation = null;
        }
        messages.infoAfterRedirect("kiosk", "kiosk_pin.saved");
        return "/kiosk/index?faces-redirect=true";
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
