package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.RequestTerminal;
import fr.inserre.kiosk.identity.KioskLoginService;
import fr.inserre.kiosk.identity.KioskStanding;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.web.identity.InserreAuthenticationMechanism;
import fr.inserre.kiosk.web.identity.Logins;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Kiosk pages are served only to an enrolled terminal. Every request under /kiosk/ must carry a
 * terminal credential (see {@link PresentedCredential}), verified by the server; the verified
 * terminal is then in the request attribute {@link TerminalAccess#REQUEST_ATTRIBUTE}. Without a
 * valid credential the answer is 403 and a plain "terminal not registered" page, the same whatever
 * was wrong; a terminal in maintenance gets 503 and the maintenance page. Faces resources (CSS,
 * icons) are outside /kiosk/ and stay reachable for those pages. A detainee's open session ends at
 * once when this terminal no longer accepts them (moved to another cell, released, transferred).
 * Mapped in web.xml, after the security headers.
 */
@WebFilter(filterName = TerminalAccessFilter.NAME, asyncSupported = true)
public class TerminalAccessFilter extends HttpFilter {

    public static final String NAME = "TerminalAccessFilter";
    public static final String NOT_REGISTERED_PAGE = "/WEB-INF/errorpages/terminal.xhtml";
    static final String MAINTENANCE_PAGE = "/WEB-INF/errorpages/maintenance.xhtml";
    /** Seconds after which a terminal in maintenance asks again (its page also reloads itself). */
    static final String RETRY_AFTER_SECONDS = "60";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TerminalAccessFilter.class.getName());

    @Inject
    transient KioskLoginService kioskLogins;

    @Inject
    transient RequestTerminal requestTerminal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<KioskStanding> standing = PresentedCredential
                .of(request.getHeader(PresentedCredential.HEADER), cookie(request))
                .flatMap(presented -> standing(presented, detaineeOf(request)));
        if (standing.isEmpty()) {
            LOG.fine(() -> "Kiosk request without a valid terminal credential from " + request.getRemoteAddr());
            show(NOT_REGISTERED_PAGE, HttpServletResponse.SC_FORBIDDEN, request, response);
            return;
        }
        TerminalAccess access = standing.get().terminal();
        request.setAttribute(TerminalAccess.REQUEST_ATTRIBUTE, access);
        // The services learn the request's (verified) terminal here: clocking in and out, audit records.
        requestTerminal.setCode(access.code());
        if (access.maintenance()) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            show(MAINTENANCE_PAGE, HttpServletResponse.SC_SERVICE_UNAVAILABLE, request, response);
            return;
        }
        if (!standing.get().detaineeAccepted()) {
            // Moved to another cell, released or transferred since the login: the session ends now.
            Logins.signOut(request);
            redirect(request, response, request.getContextPath() + InserreAuthenticationMechanism.KIOSK_LOGIN
                    + "?reason=logout");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The detainee of this session, if a detainee is logged in. */
    private static Long detaineeOf(HttpServletRequest request) {
        String caller = request.getRemoteUser();
        if (caller == null || !caller.startsWith(CurrentActor.DETAINEE_PREFIX)) {
            return null;
        }
        return Long.parseLong(caller.substring(CurrentActor.DETAINEE_PREFIX.length()));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    /** The terminal and the session's detainee checked in one go (one SQL statement): empty when refused. */
    private Optional<KioskStanding> standing(PresentedCredential presented, Long detaineeId) {
        try {
            return Optional.of(kioskLogins.standing(presented.terminalCode(), presented.credential(), detaineeId));
        } catch (TerminalNotRecognisedException refused) {
            return Optional.empty();
        }
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(c -> PresentedCredential.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Renders the page (a Faces view) with the status, in place of the kiosk page asked for. */
    private static void show(String page, int status, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setStatus(status);
        request.getRequestDispatcher(page).forward(request, response);
    }
}
