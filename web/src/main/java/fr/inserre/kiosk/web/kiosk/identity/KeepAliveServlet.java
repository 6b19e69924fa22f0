package fr.inserre.kiosk.web.kiosk.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "I am still here" from the kiosk's idle countdown (resources/js/kiosk.js, POST only): a touch that loads
 * no page (a scroll, a tap beside a button, a tap on the countdown) still counts as activity for the
 * server, whose session ends {@link LoginBacking#SERVER_MARGIN_SECONDS} after the idle time. Without it, a
 * person who touched the screen to stay was logged out by the server anyway at their next tap. It reads
 * nothing and changes nothing but the session's last access; like every kiosk address, it answers only a
 * logged-in detainee at an enrolled terminal (web.xml, the terminal filter).
 */
@WebServlet("/kiosk/identity/alive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getSession(false) == null ? HttpServletResponse.SC_UNAUTHORIZED
                : HttpServletResponse.SC_NO_CONTENT);
    }
}
