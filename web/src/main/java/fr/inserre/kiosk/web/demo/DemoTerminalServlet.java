package fr.inserre.kiosk.web.demo;

import fr.inserre.kiosk.demo.DemoMode;
import fr.inserre.kiosk.demo.DemoTerminals;
import fr.inserre.kiosk.terminal.BrowserSession;
import fr.inserre.kiosk.web.kiosk.TerminalCookie;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode only: lets a developer's browser act as a demo terminal.
 * {@code GET /demo/terminal?code=BORNE-ARR-A-001} enrols that terminal of the demo establishment
 * afresh (a new enrolment code, used at once, then a launch ticket exchanged for a browser key, through
 * the same service as a real terminal), gives the browser its browser key as the HttpOnly cookie and
 * opens the kiosk. Without a code, a list of
 * the demo terminals to pick from. Enrolling a terminal again ends the previous browser's access.
 * <p>
 * Outside demo mode (see {@link DemoMode}: never set by the server configuration) every request
 * gets 404, exactly like an unknown address.
 */
@WebServlet(DemoTerminalServlet.PATH)
public class DemoTerminalServlet extends HttpServlet {

    public static final String PATH = "/demo/terminal";
    static final String PICKER = "/WEB-INF/demo/terminals.xhtml";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DemoTerminalServlet.class.getName());

    @Inject
    transient DemoTerminals demoTerminals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!DemoMode.isOn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            request.getRequestDispatcher(PICKER).forward(request, response);
            return;
        }
        Optional<BrowserSession> started = demoTerminals.startAfresh(code.strip().toUpperCase(Locale.ROOT));
        if (started.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BrowserSession session = started.get();
        LOG.info(() -> "Demo mode: this browser now acts as terminal " + session.terminalCode());
        TerminalCookie.set(request, response, session);
        response.sendRedirect(request.getContextPath() + "/kiosk/");
    }

}
