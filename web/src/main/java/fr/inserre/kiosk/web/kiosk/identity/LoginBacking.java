package fr.inserre.kiosk.web.kiosk.identity;

import fr.inserre.kiosk.identity.DetaineeLoginResult;
import fr.inserre.kiosk.identity.DetaineeLogins;
import fr.inserre.kiosk.identity.KioskLoginService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.identity.Logins;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Backing of /kiosk/identity/login.xhtml: badge (typed by the badge reader, or by hand) and PIN (on
 * the keypad). The terminal is the one verified by the kiosk's terminal filter, never a form value.
 */
@Named("kioskLogin")
@RequestScoped
public class LoginBacking {

    /** Server-side end of a kiosk session: the idle timeout plus a margin for the countdown's last request. */
    static final int SERVER_MARGIN_SECONDS = 15;

    @Inject
    KioskLoginService loginService;

    @Inject
    Logins logins;

    @Inject
    KioskUser kioskUser;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection languageSelection;

    private String badge;
    private String pin;
    private String reason;

    public String login() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        TerminalAccess terminal = (TerminalAccess) request.getAttribute(TerminalAccess.REQUEST_ATTRIBUTE);
        if (terminal == null) {
            messages.error(null, "kiosk", "kiosk_login.terminal");
            return null;
        }
        DetaineeLoginResult result = loginService.login(badge, pin, terminal);
        pin = null;
        switch (result.outcome()) {
            case SUCCESS -> {
                kioskUser.start(result.firstName(), result.idleSeconds(), result.readingSupport());
                if (!logins.signIn(DetaineeLogins.principalName(result.detaineeId()), Set.of(Roles.DETAINEE))) {
                    messages.error(null, "kiosk", "kiosk_login.invalid");
                    return null;
                }
                request.getSession().setMaxInactiveInterval(result.idleSeconds() + SERVER_MARGIN_SECONDS);
                // The next screen is in the person's own language (or easy-to-read French).
                languageSelection.useProfile(result.language(), result.readingSupport());
                return result.pinMustChange() ? "/kiosk/identity/pin?faces-redirect=true"
                        : "/kiosk/index?faces-redirect=true";
            }
            case LOCKED -> messages.error(null, "kiosk", "kiosk_login.locked");
            case WRONG_CELL -> messages.error(null, "kiosk", "kiosk_login.wrongCell");
            case TERMINAL_UNAVAILABLE -> messages.error(null, "kiosk", "kiosk_login.terminal");
            default -> messages.error(null, "kiosk", "kiosk_login.invalid");
        }
        return null;
    }

    public String getBadge() {
        return badge;
    }

    public void setBadge(String badge) {
        this.badge = badge;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    /** Why the previous session ended ("idle" or "logout"), from the URL; only used to pick a message. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = "idle".equals(reason) || "logout".equals(reason) ? reason : null;
    }
}
