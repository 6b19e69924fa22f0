package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.terminal.BrowserSession;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives a browser the key of its terminal's browser session as the {@value PresentedCredential#COOKIE}
 * cookie: HttpOnly (no script on the page can read it), SameSite=Strict, Secure over HTTPS, sent to the
 * kiosk pages only, and kept only as long as the browser runs. Never the terminal's secret.
 */
public final class TerminalCookie {

    private TerminalCookie() {
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, BrowserSession session) {
        Cookie cookie = new Cookie(PresentedCredential.COOKIE,
                new PresentedCredential(session.terminalCode(), session.key(), true).cookieValue());
        cookie.setPath(request.getContextPath() + "/kiosk");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
