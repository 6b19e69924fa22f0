package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.terminal.BrowserSession;
import fr.inserre.kiosk.terminal.InvalidLaunchTicketException;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Where a terminal's kiosk browser starts: {@code GET /terminal/start?ticket=...}. The terminal's
 * root-owned launcher got the single-use ticket (valid one minute) with the terminal's secret, which
 * the browser never sees; this page exchanges the ticket for a new browser key, given to the browser
 * as the HttpOnly kiosk cookie (see {@link TerminalCookie}), and opens the kiosk. An unknown, used or
 * expired ticket gets the plain 403 "terminal not registered" page, whatever was wrong. Outside
 * /kiosk/, so the terminal filter does not ask for the cookie this page is there to give.
 */
@WebServlet(TerminalStartServlet.PATH)
public class TerminalStartServlet extends HttpServlet {

    public static final String PATH = "/terminal/start";

    /** A ticket has the shape of a secret: 43 base64url characters. */
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TerminalStartServlet.class.getName());

    @Inject
    transient TerminalService terminals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // The ticket is in the address: it must not be kept, nor sent on as a referrer.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String ticket = request.getParameter("ticket");
        if (ticket == null || !TICKET.matcher(ticket).matches()) {
            refuse(request, response, "malformed ticket");
            return;
        }
        BrowserSession session;
        try {
            session = terminals.startBrowserSession(ticket);
        } catch (InvalidLaunchTicketException refused) {
            refuse(request, response, "unknown, used or expired ticket");
            return;
        }
        LOG.info(() -> "Kiosk browser session started for terminal " + session.terminalCode() + " from "
                + request.getRemoteAddr());
        TerminalCookie.set(request, response, session);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/kiosk/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException, ServletException {
        LOG.warning(() -> "Kiosk browser start refused from " + request.getRemoteAddr() + ": " + why);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(TerminalAccessFilter.NOT_REGISTERED_PAGE).forward(request, response);
    }
}
