package fr.inserre.kiosk.web.kiosk.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The detainee logged in at this kiosk session: what the screens show of them (first name) and how
 * long the session survives without a touch. Identity for every rule comes from the container's
 * caller principal, not from here.
 */
@Named
@SessionScoped
public class KioskUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Seconds before the end during which the countdown shows. */
    public static final int WARNING_SECONDS = 20;

    private String firstName;
    private int idleSeconds;

    void start(String firstName, int idleSeconds) {
        this.firstName = firstName;
        this.idleSeconds = idleSeconds;
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

    public int getWarningSeconds() {
        return WARNING_SECONDS;
    }
}
