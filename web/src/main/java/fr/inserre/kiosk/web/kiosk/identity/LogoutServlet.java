package fr.inserre.kiosk.web.kiosk.identity;

import fr.inserre.kiosk.web.identity.InserreAuthenticationMechanism;
import fr.inserre.kiosk.web.identity.Logins;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Quitter" and the idle countdown's end (POST only): the session is gone and the kiosk shows the
 * login screen, with nothing of the previous person.
 */
@WebServlet("/kiosk/identity/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Logins.signOut(request);
        String reason = "idle".equals(request.getParameter("reason")) ? "idle" : "logout";
        response.sendRedirect(request.getContextPath() + InserreAuthenticationMechanism.KIOSK_LOGIN + "?reason=" + reason);
    }
}
