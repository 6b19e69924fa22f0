package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.terminal.Enrolment;
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

    /** Enrols this demo terminal afresh; empty when it is not a terminal of the demo establishment. */
    public Optional<Enrolment> enrolAfresh(String code) {
        requireDemoMode();
        Optional<Long> demo = establishments.findByCode(DemoDataLoader.ESTABLISHMENT_CODE).map(e -> e.getId());
        return terminals.findByCode(code)
                .filter(t -> demo.isPresent() && demo.get().equals(t.getEstablishment().getId()))
                .map(t -> terminals.enrol(terminals.issueEnrolmentCode(t.getId())));
    }

    private static void requireDemoMode() {
        if (!DemoMode.isOn()) {
            throw new EJBAccessException("demo mode is off");
        }
    }
}
