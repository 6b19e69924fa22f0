package fr.inserre.kiosk.web.kiosk.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The detainee logged in at this kiosk session: what the screens show of them (first name), how
 * long the session survives without a touch, whether they need reading support, and whether the
 * screens read themselves aloud (on from the login for those who need reading support, switchable on
 * every screen, for this session). Identity for every rule comes from the container's caller
 * principal, not from here.
 */
@Named
@SessionScoped
public class KioskUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Seconds before the end during which the countdown shows. */
    public static final int WARNING_SECONDS = 20;

    private String firstName;
    private int idleSeconds;
    private boolean readingSupport;
    private boolean readAloud;

    void start(String firstName, int idleSeconds, boolean readingSupport) {
        this.firstName = firstName;
        this.idleSeconds = idleSeconds;
        this.readingSupport = readingSupport;
        // Switched on before the login (at the login screen) stays on.
        this.readAloud = readAloud || readingSupport;
    }

    public boolean isLoggedIn() {
        return firstName != null;
    }

    public String getFirstName() {
        return firstName;
    }

    public int getIdleSeconds() {
        return idleSeconds;
    }

    public boolean isReadingSupport() {
        return readingSupport;
    }

    void setReadingSupport(boolean readingSupport) {
        this.readingSupport = readingSupport;
    }

    /** Whether every screen is read aloud as it opens. */
    public boolean isReadAloud() {
        return readAloud;
    }

    /** Switches automatic reading aloud on or off and shows the same page again. */
    public String toggleReadAloud() {
        readAloud = !readAloud;
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public int getWarningSeconds() {
        return WARNING_SECONDS;
    }
}
