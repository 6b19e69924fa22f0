package fr.inserre.kiosk.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The application's one authentication mechanism (WildFly allows only one), for kiosk and staff:
 * <ul>
 * <li>a login page, after its service has checked the secret, passes a {@link VerifiedCaller}: the
 * session id changes (no fixation) and the caller is kept in the session;</li>
 * <li>later requests of the session are authenticated from it;</li>
 * <li>an unauthenticated request to a protected page goes to the login page of its audience
 * (kiosk or staff), with an ajax-friendly redirect for ajax requests.</li>
 * </ul>
 * Which roles may open which pages is declared in web.xml and on the services.
 */
@ApplicationScoped
public class InserreAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "fr.inserre.kiosk.caller";
    public static final String KIOSK_LOGIN = "/kiosk/identity/login.xhtml";
    public static final String STAFF_LOGIN = "/staff/identity/login.xhtml";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof VerifiedCaller verified) {
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER, verified);
            return context.notifyContainerAboutLogin(verified.name(), verified.groups());
        }
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (stored instanceof VerifiedCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String login = request.getContextPath() + (path.startsWith("/kiosk/") ? KIOSK_LOGIN : STAFF_LOGIN);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"></redirect></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }
}
