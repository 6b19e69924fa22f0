package fr.inserre.kiosk.web.staff.identity;

import fr.inserre.kiosk.identity.StaffRole;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The staff member of this session: login, roles and establishment, for what the screens show and
 * which establishment they ask for. Services check both again on every call.
 */
@Named
@SessionScoped
public class StaffUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String login;
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    private Long establishmentId;

    void start(String login, Set<StaffRole> roles, Long establishmentId) {
        this.login = login;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
        this.establishmentId = establishmentId;
    }

    public boolean isLoggedIn() {
        return login != null;
    }

    public String getLogin() {
        return login;
    }

    public Set<StaffRole> getRoles() {
        return roles;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    /** Whether one of these roles (names of {@link StaffRole}) is held: for showing menu entries only. */
    public boolean holdsAny(String... names) {
        for (String name : names) {
            if (roles.stream().anyMatch(r -> r.name().equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person works with detainees' files (for the menu; the server checks again). */
    public boolean isFileReader() {
        return holdsAny(fr.inserre.kiosk.identity.Roles.FILE_READERS);
    }
}
