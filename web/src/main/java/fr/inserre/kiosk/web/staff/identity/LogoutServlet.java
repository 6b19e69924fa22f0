package fr.inserre.kiosk.web.staff.identity;

import fr.inserre.kiosk.web.identity.InserreAuthenticationMechanism;
import fr.inserre.kiosk.web.identity.Logins;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "Se déconnecter" (POST only): ends the authentication and the session, back to the login page. */
@WebServlet("/staff/identity/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Logins.signOut(request);
        response.sendRedirect(request.getContextPath() + InserreAuthenticationMechanism.STAFF_LOGIN + "?reason=logout");
    }
}
