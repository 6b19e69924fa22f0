package fr.inserre.kiosk.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/** Hands a verified caller to the container, and logs out: shared by the kiosk and staff login pages. */
@ApplicationScoped
public class Logins {

    @Inject
    SecurityContext securityContext;

    /** Authenticates the caller for this session; true when the container accepted it. */
    public boolean signIn(String name, Set<String> groups) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new VerifiedCaller(name, groups)).newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }

    /** Ends the caller's authentication and the whole session: nothing of theirs stays on the screen. */
    public static void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // already logged out
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
