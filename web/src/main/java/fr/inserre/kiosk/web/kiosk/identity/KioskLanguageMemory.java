package fr.inserre.kiosk.web.kiosk.identity;

import fr.inserre.kiosk.detainee.MyCommunicationService;
import fr.inserre.kiosk.web.common.LanguageChosen;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Remembers a language picked at the kiosk in the logged-in detainee's profile, so that their next
 * login opens in it. "Français facile" means French with reading support, "Français" French without;
 * any other language keeps the reading-support need as it was. Before a login, the choice stays in
 * the session only.
 */
@RequestScoped
public class KioskLanguageMemory {

    @Inject
    KioskUser kioskUser;

    @Inject
    MyCommunicationService communication;

    void remember(@Observes LanguageChosen chosen) {
        if (!kioskUser.isLoggedIn()) {
            return;
        }
        boolean readingSupport = "fr".equals(chosen.language()) ? chosen.easyToRead() : kioskUser.isReadingSupport();
        communication.choose(chosen.language(), readingSupport);
        kioskUser.setReadingSupport(readingSupport);
    }
}
