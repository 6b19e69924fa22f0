package fr.inserre.kiosk.web.demo;

import fr.inserre.kiosk.demo.DemoMode;
import fr.inserre.kiosk.demo.DemoTerminals;
import fr.inserre.kiosk.terminal.Terminal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /WEB-INF/demo/terminals.xhtml (shown by {@link DemoTerminalServlet}): the demo terminals. */
@Named
@RequestScoped
public class DemoTerminalsBacking {

    @Inject
    DemoTerminals demoTerminals;

    private List<Terminal> list;

    /** The demo establishment's terminals by code; none outside demo mode. */
    public List<Terminal> getTerminals() {
        if (list == null) {
            list = DemoMode.isOn() ? demoTerminals.list() : List.of();
        }
        return list;
    }

    public String getPath() {
        return DemoTerminalServlet.PATH;
    }
}
