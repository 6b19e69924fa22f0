package fr.inserre.kiosk.web.demo;

import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.demo.DemoMode;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalFilter;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /WEB-INF/demo/terminals.xhtml (shown by {@link DemoTerminalServlet}): the demo terminals. */
@Named
@RequestScoped
public class DemoTerminalsBacking {

    @Inject
    TerminalService terminals;

    @Inject
    EstablishmentService establishments;

    private List<Terminal> list;

    /** The demo establishment's terminals by code; none outside demo mode. */
    public List<Terminal> getTerminals() {
        if (list == null) {
            list = !DemoMode.isOn() ? List.of() : establishments.findByCode(DemoDataLoader.ESTABLISHMENT_CODE)
                    .map(demo -> terminals.list(demo.getId(), TerminalFilter.NONE,
                            new PageRequest(0, PageRequest.MAX_SIZE, "code", true)))
                    .orElse(List.of());
        }
        return list;
    }

    public String getPath() {
        return DemoTerminalServlet.PATH;
    }
}
