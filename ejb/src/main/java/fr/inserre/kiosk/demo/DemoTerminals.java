package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.terminal.BrowserSession;
import fr.inserre.kiosk.terminal.SharedSecret;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalFilter;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.common.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode only: lets a developer's browser act as one of the demo establishment's terminals, by
 * enrolling it afresh (as IT would, through the same service and audit trail). Refused outright when
 * demo mode is off, whoever asks.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class DemoTerminals {

    @Inject
    TerminalService terminals;

    @Inject
    EstablishmentService establishments;

    /** The demo establishment's terminals, for the picker. */
    public List<Terminal> list() {
        requireDemoMode();
        return establishments.findByCode(DemoDataLoader.ESTABLISHMENT_CODE)
                .map(demo -> terminals.list(demo.getId(), TerminalFilter.NONE, new PageRequest(0, PageRequest.MAX_SIZE,
                        "code", true)))
                .orElse(List.of());
    }

    /**
     * Enrols this demo terminal afresh and opens a browser session for it, as a real terminal's
     * enrolment and launcher do; empty when it is not a terminal of the demo establishment.
     */
    public Optional<BrowserSession> startAfresh(String code) {
        requireDemoMode();
        Optional<Long> demo = establishments.findByCode(DemoDataLoader.ESTABLISHMENT_CODE).map(e -> e.getId());
        return terminals.findByCode(code)
                .filter(t -> demo.isPresent() && demo.get().equals(t.getEstablishment().getId()))
                .map(t -> terminals.enrol(terminals.issueEnrolmentCode(t.getId())))
                .map(enrolment -> terminals.startBrowserSession(terminals.issueLaunchTicket(enrolment.terminalCode(),
                        new SharedSecret(enrolment.secret())).value()));
    }

    private static void requireDemoMode() {
        if (!DemoMode.isOn()) {
            throw new EJBAccessException("demo mode is off");
        }
    }
}
